package samen.experiment;

import java.util.ArrayList;
import java.util.List;

/** Every combination of every parameter's levels; the first parameter varies slowest. */
public record GridDesign(List<Parameter> parameters) implements Design {

    public GridDesign {
        parameters = List.copyOf(parameters);
        for (Parameter p : parameters) {
            if (!(p instanceof Parameter.Levels)) throw new IllegalArgumentException(p.key() + ": a grid needs values");
        }
    }

    @Override
    public long points() {
        long n = 1;
        for (Parameter p : parameters) n = Math.multiplyExact(n, levels(p).size());
        return n;
    }

    @Override
    public List<String> values(long id) {
        String[] values = new String[parameters.size()];
        long rest = id;
        for (int i = parameters.size() - 1; i >= 0; i--) {
            List<String> levels = levels(parameters.get(i));
            values[i] = levels.get((int) (rest % levels.size()));
            rest /= levels.size();
        }
        return new ArrayList<>(List.of(values));
    }

    private static List<String> levels(Parameter p) {
        return ((Parameter.Levels) p).values();
    }
}
