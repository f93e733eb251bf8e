package samen.experiment.facts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code facts.csv}: one row per fact, after a {@code # samen ...} comment naming the version, the
 * base scenario and its hash, the seeds and the significance level; {@code cells} holds the
 * response at every level. Complete or absent ({@link CsvFile}).
 */
public final class FactsCsv {

    public static final String FILE = "facts.csv";

    static final List<String> HEADER = List.of("fact", "source", "factor", "response", "expected", "effect", "from", "to",
            "statistic", "z", "p", "p_holm", "verdict", "cells");

    private FactsCsv() {
    }

    /** @param comment the provenance line, without the {@code #} */
    public static Path write(Path dir, String comment, List<FactsRun.Result> results) throws IOException {
        List<List<String>> rows = results.stream().map(r -> {
            Fact f = r.fact();
            Evaluation e = r.evaluation();
            return List.of(f.key(), f.source(), f.factor(), f.response().label(), f.expected(), e.effect(),
                    Numbers.decimal(e.from()), Numbers.decimal(e.to()), e.statistic(), Numbers.decimal(e.z()),
                    Numbers.p(e.p()), Numbers.p(r.adjustedP()), r.holds() ? "holds" : "fails", e.cells());
        }).toList();
        return CsvFile.write(dir, FILE, comment, HEADER, rows);
    }
}
