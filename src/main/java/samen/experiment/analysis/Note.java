package samen.experiment.analysis;

import samen.output.Decimals;

/**
 * A remark on an analysis that a reader must see next to the figures, as a row of
 * {@code analysis/notes.csv}: an output that never varies ({@code constant}: listed, not charted) or a
 * sample too small for stable indices ({@code warning}).
 *
 * @param kind    {@code constant} or {@code warning}
 * @param subject the output (metric or {@code share_<outcome>}) or the design it is about
 */
public record Note(String kind, String subject, String text) {

    public static final String FILE = "notes.csv";
    public static final String CONSTANT = "constant";
    public static final String WARNING = "warning";

    static Note constant(String output, double value) {
        return new Note(CONSTANT, output, "the same in every run (" + (Double.isNaN(value) ? "no value" : Decimals.format(value))
                + "): no indices, no chart");
    }

    static Note warning(String subject, String text) {
        return new Note(WARNING, subject, text);
    }
}
