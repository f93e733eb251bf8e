package samen.workshop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.engine.StepListener;

/**
 * Plays a session's {@code decisions.csv} again: the trainer's interventions at the steps they were
 * fired, each round's human choices for the steps of that round. The model's random draws do not
 * depend on who decides, so the same scenario, seed and decisions give the same run, byte for byte.
 */
public final class Replay {

    private Replay() {
    }

    /** A whole run: the recorded session, then the organisations' own rules to the end. */
    public static RunResult run(Simulation simulation, int steps, List<StepListener> listeners, List<Entry> entries,
                                String source) throws SessionException {
        Play play = new Play(simulation, steps, listeners);
        apply(play, entries, source);
        play.play(steps, Map.of());
        return play.finish();
    }

    /**
     * Applies the entries in order to a fresh play; returns the last round closed (0 if none).
     *
     * @throws SessionException when an entry does not fit the run (another scenario or seed)
     */
    static int apply(Play play, List<Entry> entries, String source) throws SessionException {
        Map<Integer, Choice> choices = new HashMap<>();
        int closed = 0;
        for (Entry e : entries) {
            long at = play.model().step();
            if (e.step() != at) {
                throw new SessionException(source + ": round " + e.round() + ": recorded at step " + e.step()
                        + " but the run is at step " + at + "; allowed: the scenario and seed the session ran with");
            }
            if (e instanceof Entry.Decision d) {
                if (d.human()) choices.put(d.seat() - 1, d.choice());
            } else if (e instanceof Entry.Fired f) {
                play.intervene(f.intervention());
            } else if (e instanceof Entry.RoundEnd r) {
                int played = play.play(r.steps(), choices);
                if (played != r.steps()) {
                    throw new SessionException(source + ": round " + r.round() + ": recorded " + r.steps()
                            + " steps but the run ended after " + played + "; allowed: the scenario and seed the session ran with");
                }
                choices.clear();
                closed = r.round();
            }
        }
        return closed;
    }
}
