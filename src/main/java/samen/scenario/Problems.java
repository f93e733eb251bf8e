package samen.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem found while loading, so a student fixes a file in one round instead of
 * one error per run. Reports are capped: after a few dozen, more messages only bury the first.
 */
final class Problems {

    static final int SHOWN = 20;
    private static final int KEPT = 1000;

    private final List<Problem> list = new ArrayList<>();
    // Sources in the order they were read (the file, then each override), for a stable report.
    private final Map<String, Integer> sourceOrder = new LinkedHashMap<>();
    private int dropped;

    /** @param firstSource the file, so its problems come before those of the overrides */
    Problems(String firstSource) {
        sourceOrder.put(firstSource, 0);
    }

    void add(Problem problem) {
        sourceOrder.putIfAbsent(problem.source(), sourceOrder.size());
        if (list.size() < KEPT) list.add(problem);
        else dropped++;
    }

    int count() {
        return list.size() + dropped;
    }

    boolean any() {
        return count() > 0;
    }

    /** Throws the collected problems, in source, line and column order, if there are any. */
    void throwIfAny() throws ScenarioException {
        if (any()) throw exception();
    }

    /** The collected problems (at least one), sorted by source, line and column, capped at {@link #SHOWN}. */
    ScenarioException exception() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt((Problem p) -> sourceOrder.get(p.source()))
                .thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        List<Problem> shown = new ArrayList<>(sorted.subList(0, Math.min(SHOWN, sorted.size())));
        int rest = count() - shown.size();
        if (rest > 0) {
            Problem last = shown.get(shown.size() - 1);
            shown.add(new Problem(last.source(), 0, 0, "", Message.of(rest == 1 ? "problems.more.one" : "problems.more", rest)));
        }
        return new ScenarioException(shown);
    }
}
