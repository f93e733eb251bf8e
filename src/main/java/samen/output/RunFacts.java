package samen.output;

import java.util.List;
import samen.engine.RunResult;

/**
 * What the story of a run is told from: its event log and its final state. Built from a live run
 * ({@link #of}) or from the files of a run directory, so the summary, the report and the GUI tell
 * the same story.
 *
 * @param outcome          the outcome key ({@code win_win} ...)
 * @param stepsRun         steps run
 * @param events           the event log, in order
 * @param weakestCondition the condition at the lowest level at the end
 * @param weakestLevel     its level at the end
 * @param neglectedSince   the step from which it stayed below {@link samen.engine.Simulation#NEGLECTED}
 *                         to the end, or -1 when it was not neglected at the end
 */
public record RunFacts(String outcome, long stepsRun, List<EventRecord> events,
                       String weakestCondition, double weakestLevel, long neglectedSince) {

    public RunFacts {
        events = List.copyOf(events);
    }

    /** The facts of a run that just ended; {@code neglect} watched it step by step. */
    public static RunFacts of(RunResult result, List<EventRecord> events, NeglectWatch neglect) {
        String weakest = result.weakestCondition().key();
        return new RunFacts(result.outcome().key(), result.stepsRun(), events, weakest,
                neglect.level(weakest), neglect.neglectedSince(weakest));
    }
}
