package samen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path dir;

    @Test
    void provenanceCommentThenHeaderThenQuotedWhereNeeded() throws Exception {
        Provenance provenance = new Provenance("0.1.0", "Zorg in de wijk", "ab12", "s.yaml", 42, Invocation.now(List.of("test")));
        Path file = dir.resolve("t.csv");
        try (CsvTable table = new CsvTable(file, provenance, List.of("name", "x"))) {
            table.row("Gemeente", Decimals.format(0.5));
            table.row("Zorg, Welzijn", Decimals.format(-0.0));
            table.row("Team \"Noord\"", "1");
            table.row("Team #2", "true");
            table.row("Één", Decimals.format(2.0));
        }
        assertThat(Files.readString(file)).isEqualTo("""
                # samen 0.1.0 scenario=Zorg_in_de_wijk scenario_sha256=ab12 seed=42
                name,x
                Gemeente,0.5
                "Zorg, Welzijn",0
                "Team ""Noord\""",1
                "Team #2","true"
                Één,2
                """);
    }
}
