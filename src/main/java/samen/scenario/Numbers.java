package samen.scenario;

import java.math.BigDecimal;

/** Number formatting shared by messages, YAML output and the schema. */
final class Numbers {

    private Numbers() {
    }

    /** For people: 0, 1, 0.05, 1000000 (no trailing zeros, no exponent). */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** For YAML: the shortest text that reads back to exactly this double (a YAML 1.2 float). */
    static String yaml(double value) {
        return Double.toString(value);
    }
}
