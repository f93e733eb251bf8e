package samen.output;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Issue #15, item 13: no cell a spreadsheet would run as a formula; numbers and plain text unchanged. */
class CsvCellsTest {

    @Property(tries = 500)
    void noCellStartsAFormulaAndOnlyTheApostropheIsAdded(@ForAll("cells") String cell) {
        String safe = CsvCells.safe(cell);
        boolean number = cell.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?(Infinity|NaN)");
        if (number || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
            assertThat(safe).isEqualTo(cell);
        } else {
            assertThat(safe).isEqualTo("'" + cell);
        }
    }

    @Property(tries = 200)
    void decimalsAsSamenWritesThemStayNumbers(@ForAll double value) {
        String formatted = Decimals.format(value);
        assertThat(CsvCells.safe(formatted)).isEqualTo(formatted);
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> prefix = Arbitraries.of("", "=", "+", "-", "@", "\t", "\r", "'", "a", "1");
        Arbitrary<String> rest = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.doubles().map(d -> Double.toString(Math.abs(d))), Arbitraries.of("cmd|' /C calc'!A0", "SUM(A1)", "0.25"));
        return prefix.flatMap(p -> rest.map(r -> p + r));
    }
}
