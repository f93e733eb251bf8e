package samen.workshop;

/**
 * How a session runs.
 *
 * @param roundSteps   model steps per round
 * @param roundSeconds time players have per round; 0 for no timer (the trainer closes each round)
 */
public record Settings(int roundSteps, int roundSeconds) {
    public Settings {
        if (roundSteps < 1) throw new IllegalArgumentException("round steps " + roundSteps + " < 1");
        if (roundSeconds < 0) throw new IllegalArgumentException("round seconds " + roundSeconds + " < 0");
    }
}
