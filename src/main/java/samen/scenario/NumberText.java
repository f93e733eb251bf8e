package samen.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Number literals as a file gives them, read with bounds. A literal of 300,000 digits costs
 * seconds to parse, and {@code 1e999999999} parses quickly but prints as a billion digits: so the
 * length and the exponent are checked before anything else looks at the value.
 */
public final class NumberText {

    /** Longer than any value a scenario or sweep needs (a 64-bit seed has 20 digits). */
    public static final int MAX_LENGTH = 100;
    /** Powers of ten beyond this are no sensible parameter value. */
    static final int MAX_EXPONENT = 1000;

    private NumberText() {
    }

    /**
     * Why {@code text} is too big a literal to read ("a number of 300000 characters (at most 100
     * are read)"), or null when it is not, or is no number at all.
     */
    public static String tooBig(String text) {
        Message why = tooBigMessage(text);
        return why == null ? null : why.english();
    }

    /** {@link #tooBig}, in either language. */
    static Message tooBigMessage(String text) {
        if (text.length() > MAX_LENGTH) return Message.of("number.long", text.length(), MAX_LENGTH);
        try {
            BigDecimal value = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            long magnitude = (long) value.precision() - value.scale();
            if (value.signum() != 0 && Math.abs(magnitude) > MAX_EXPONENT) {
                return Message.of("number.huge", shown(text), MAX_EXPONENT);
            }
        } catch (NumberFormatException notDecimal) {
            // hexadecimal, octal or no number: short enough to parse
        }
        return null;
    }

    /**
     * A YAML 1.2 float literal (decimal, optional exponent).
     *
     * @throws NumberFormatException when it is no number or {@link #tooBig}
     */
    public static BigDecimal decimal(String text) {
        if (tooBig(text) != null) throw new NumberFormatException("too big: " + shown(text));
        return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    }

    /** A YAML 1.2 core integer: decimal, {@code 0o} octal or {@code 0x} hexadecimal; bounded like {@link #decimal}. */
    public static BigInteger integer(String text) {
        if (tooBig(text) != null) throw new NumberFormatException("too big: " + shown(text));
        if (text.startsWith("0x")) return new BigInteger(text.substring(2), 16);
        if (text.startsWith("0o")) return new BigInteger(text.substring(2), 8);
        return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    }

    /** {@code text} as a message echoes it: at most 40 characters. */
    public static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
