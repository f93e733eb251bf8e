package samen.output;

/**
 * Defuses CSV formula injection (OWASP): a spreadsheet runs a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula, so a partner named
 * {@code =cmd|' /C calc'!A0} would run a program on whoever opens the file. Such a text cell gets
 * a leading apostrophe, which spreadsheets show as text; numbers such as {@code -0.25} stay as they are.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** {@code cell}, or {@code 'cell} when a spreadsheet would take it for a formula. */
    public static String safe(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || isNumber(cell)) return cell;
        return "'" + cell;
    }

    /** The row with every cell {@link #safe}. */
    public static String[] safe(String[] cells) {
        String[] out = cells.clone();
        for (int i = 0; i < out.length; i++) out[i] = safe(out[i]);
        return out;
    }

    /** Compiled once: every negative number of a sweep's rows passes through here. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?(Infinity|NaN)");

    private static boolean isNumber(String cell) {
        return NUMBER.matcher(cell).matches();
    }
}
