package samen.experiment.discovery;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which runs are of interest: those that ended in an outcome ({@code --outcome stagnation}) or whose
 * final metric meets a comparison ({@code --where "mean_trust < 0.3"}).
 *
 * @param column   {@code outcome} or a metric's column in runs.csv
 * @param operator one of {@code < <= > >= == !=}; {@code ==} for an outcome
 * @param value    the outcome's key or the number
 */
public record Condition(String column, String operator, String value) {

    private static final Pattern WHERE = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*(<=|>=|==|!=|<|>|=)\\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\\s*");

    public static Condition outcome(String outcome) {
        return new Condition("outcome", "==", outcome.strip().toLowerCase(Locale.ROOT).replace('-', '_'));
    }

    /** @return null when {@code text} is not {@code METRIC OP NUMBER} */
    public static Condition where(String text) {
        Matcher m = WHERE.matcher(text);
        if (!m.matches()) return null;
        return new Condition(m.group(1), m.group(2).equals("=") ? "==" : m.group(2), m.group(3));
    }

    boolean isOutcome() {
        return column.equals("outcome");
    }

    /** Whether a run with this cell in {@link #column} is of interest. */
    boolean test(String cell) {
        if (isOutcome()) return cell.equals(value);
        double v = Double.parseDouble(cell);
        double t = Double.parseDouble(value);
        return switch (operator) {
            case "<" -> v < t;
            case "<=" -> v <= t;
            case ">" -> v > t;
            case ">=" -> v >= t;
            case "!=" -> v != t;
            default -> v == t;
        };
    }

    /** How it reads in tables and titles: {@code outcome = stagnation}, {@code mean_trust < 0.3}. */
    public String text() {
        return isOutcome() ? "outcome = " + value : column + " " + operator + " " + value;
    }

}
