package samen.experiment;

import java.util.ArrayList;
import java.util.List;

/** Maps a point of the unit cube to parameter values, for the sampling designs. */
final class UnitPoints {

    private UnitPoints() {
    }

    static List<String> values(List<Parameter> parameters, double[] unit) {
        List<String> values = new ArrayList<>(parameters.size());
        for (int i = 0; i < unit.length; i++) values.add(parameters.get(i).fromUnit(unit[i]));
        return values;
    }
}
