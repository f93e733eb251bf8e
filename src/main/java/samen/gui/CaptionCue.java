package samen.gui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import samen.scenario.Captions.Caption;

/**
 * Which demo captions are due: each one once, at its step or at the first event of its kind.
 */
final class CaptionCue {

    private final List<Caption> captions;
    private final Set<Caption> shown = new HashSet<>();

    CaptionCue(List<Caption> captions) {
        this.captions = List.copyOf(captions);
    }

    /** Starts over, for a new run. */
    void reset() {
        shown.clear();
    }

    /** The captions due after {@code step}, given the kinds of event that happened in it, in file order. */
    List<Caption> due(long step, Set<String> eventKinds) {
        List<Caption> due = new ArrayList<>();
        for (Caption c : captions) {
            boolean now = c.onEvent() == null ? c.atStep() == step : eventKinds.contains(c.onEvent());
            if (now && shown.add(c)) due.add(c);
        }
        return due;
    }
}
