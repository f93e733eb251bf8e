package samen.scenario;

/**
 * What {@code samen gui --demo} shows at a key moment of the scenario, pausing for the trainer to
 * talk: at a step, or the first time an event of a kind happens. Exactly one of the two is set.
 *
 * @param text    what to show
 * @param atStep  the step after which to show it; 0 when {@code onEvent} is set
 * @param onEvent an event kind ({@code opportunism}, {@code fallback} ...); empty when {@code atStep} is set
 * @param lang    the language it is written in ({@code en}, {@code nl}), shown only under that
 *                {@code --lang}; empty for every language
 */
public record Caption(String text, long atStep, String onEvent, String lang) {

    /** A caption for every language. */
    public Caption(String text, long atStep, String onEvent) {
        this(text, atStep, onEvent, "");
    }

    /** True when it is shown to a room in {@code language} ({@code en}, {@code nl}). */
    public boolean shownIn(String language) {
        return lang.isEmpty() || lang.equals(language);
    }

    /** True when it waits for an event rather than a step. */
    public boolean waitsForEvent() {
        return !onEvent.isEmpty();
    }
}
