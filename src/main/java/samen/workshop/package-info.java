/**
 * Workshop sessions: course participants play the partners, round by round, while the model plays
 * the seats nobody took. A {@link samen.workshop.Session} holds the seats, tokens, round clock and
 * the trainer's controls, steps the engine through a {@link samen.workshop.Play} and records every
 * decision, intervention and round ({@link samen.workshop.DecisionsFile}) next to the usual run
 * outputs; {@link samen.workshop.Replay} plays a {@code decisions.csv} again. Messages from pages
 * are parsed and checked in {@link samen.workshop.Messages}; {@link samen.workshop.Views} is what
 * the pages are sent. No HTTP here: the web server is {@code samen.web}.
 */
package samen.workshop;
