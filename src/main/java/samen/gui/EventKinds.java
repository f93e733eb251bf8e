package samen.gui;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import samen.model.EventKind;

/** The kinds of event a demo caption can wait for ({@code on_event:} in a scenario's captions): the model's. */
final class EventKinds {

    static final Set<String> ALL = Arrays.stream(EventKind.values()).map(EventKind::key).collect(Collectors.toUnmodifiableSet());

    private EventKinds() {
    }
}
