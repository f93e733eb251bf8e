package samen.scenario;

/**
 * What {@code samen gui --demo} shows at a key moment of the scenario, pausing for the trainer to
 * talk: at a step, or the first time an event of a kind happens. Exactly one of the two is set.
 *
 * @param text    what to show
 * @param atStep  the step after which to show it; 0 when {@code onEvent} is set
 * @param onEvent an event kind ({@code opportunism}, {@code fallback} ...); empty when {@code atStep} is set
 */
public record Caption(String text, long atStep, String onEvent) {

    /** True when it waits for an event rather than a step. */
    public boolean waitsForEvent() {
        return !onEvent.isEmpty();
    }
}
