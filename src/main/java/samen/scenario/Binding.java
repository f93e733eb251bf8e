package samen.scenario;

import java.util.Map;

/** Turns the checked values of a {@link Group}, by key, into the object they describe, and back. */
interface Binding {

    Object build(Map<String, Object> values);

    Map<String, Object> values(Object built);
}
