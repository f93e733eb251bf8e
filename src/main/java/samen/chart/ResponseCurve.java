package samen.chart;

import java.util.List;
import java.util.Map;

/**
 * One parameter's one-at-a-time response curve, as the charts take it: the values tried, each
 * outcome's share of runs at each value, and the failure share.
 *
 * @param parameter the parameter's name
 * @param values    the values, as written
 * @param shares    outcome key ({@code win_win} ...) to its share (0 to 1) at each value, in the
 *                  model's order of outcomes
 * @param failure   the failure share (0 to 1) at each value
 * @param runs      runs at each value
 */
public record ResponseCurve(String parameter, List<String> values, Map<String, double[]> shares, double[] failure, int runs) {

    public ResponseCurve {
        values = List.copyOf(values);
        shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
    }
}
