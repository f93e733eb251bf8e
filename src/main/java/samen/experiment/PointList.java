package samen.experiment;

import java.util.List;

/** Points listed one by one (a CSV of parameter rows): point {@code id} is row {@code id}. */
public record PointList(List<List<String>> rows) implements Design {

    public PointList {
        rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public long points() {
        return rows.size();
    }

    @Override
    public List<String> values(long id) {
        return rows.get(Math.toIntExact(id));
    }
}
