package samen.gui;

import java.util.Set;

/** The kinds of event a demo caption can wait for ({@code on_event:} in a scenario's captions). */
final class EventKinds {

    static final Set<String> ALL = Set.of("phase_change", "opportunism");

    private EventKinds() {
    }
}
