/**
 * The classroom GUI ({@code samen gui}): a MASON {@code GUIState} ({@link samen.gui.CollaborationWithUI})
 * around the model, which knows nothing of it. MASON's Console plays, pauses, steps and resets and
 * holds the trainer's tab (scenarios, interventions, parameters as {@code --set} overrides, a pause
 * step); one window shows the room the phase, energy and weakest condition, the partners as a
 * network, live JFreeChart panels and what just happened, and at the end of a run the outcome, its
 * story and the payoffs ({@link samen.gui.EndScreen}), in English or Dutch, optionally in large
 * print for a projector; the trainer's controls are docked in it and the Console is placed where it
 * does not cover it ({@link samen.gui.WindowPlacement}). Swing-free logic ({@link samen.gui.GuiSession}, {@link samen.gui.TrainerSettings},
 * {@link samen.gui.ScenarioCatalogue}, captions and samples) is tested without a screen; the window
 * is checked by rendering it to PNG under Xvfb.
 *
 * <p>Uses the model, engine, scenario and output packages (the story and the vocabulary) and the
 * chart palette; nothing uses this one except the CLI.
 */
package samen.gui;
