package samen.model;

/**
 * Something that happened in a run, at the end of step {@code step}.
 *
 * @param name    what: a phase, an intervention type, an opportunism kind, a shock kind
 * @param subject who: the organisation concerned, or "" for the collaboration as a whole
 * @param detail  one short clause for people
 */
public record Event(long step, EventKind kind, String name, String subject, String detail) {
}
