package samen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.config.HistorySpec;

/**
 * An override that replaces the partners leaves out exactly the history lines naming a partner it
 * took away; the rest of the history, and every other check, stays as it was.
 */
class ReplacedPartnersTest {

    private static final String NAMED = """
            name: named
            organisations:
              - name: A
              - name: B
              - name: C
            history:
              - {partner: A, other: B, trust: 0.1, vigilance: 0.8}
              - {partner: B, other: C, trust: 0.2, vigilance: 0.7}
            """;

    private static final String GENERATED = """
            name: generated
            organisations: {count: 4}
            history:
              - {partner: Partner 1, other: Partner 2, trust: 0.1, vigilance: 0.8}
              - {partner: Partner 3, other: Partner 4, trust: 0.2, vigilance: 0.7}
              - {partner: Partner 2, other: Partner 3, trust: 0.3, vigilance: 0.6}
            """;

    private static ScenarioLoader.Prepared prepared(String text) throws ScenarioException {
        return ScenarioLoader.prepare(text, Yaml.SOURCE);
    }

    private static List<HistorySpec> history(Scenario s) {
        return s.model().history();
    }

    @Test
    void replacingNamedPartnersLeavesOutTheirWholeHistory() throws ScenarioException {
        ScenarioLoader.Prepared base = prepared(NAMED);
        List<String> similar = List.of("organisations={count: 3}");
        assertThat(history(base.with(List.of()))).hasSize(2);
        assertThat(history(base.with(similar))).isEmpty();
        assertThat(base.historyLeftOut(similar)).isEqualTo(2);
        assertThat(base.historyLeftOut(List.of())).isZero();
        assertThat(base.with(similar).model().organisations()).hasSize(3);
    }

    @Test
    void keepsTheLinesWhosePartnersStillExist() throws ScenarioException {
        ScenarioLoader.Prepared base = prepared(GENERATED);
        // Three partners: Partner 4 is gone, so only its line goes.
        assertThat(history(base.with(List.of("organisations.count=3")))).extracting(HistorySpec::trust).containsExactly(0.1, 0.3);
        assertThat(base.historyLeftOut(List.of("organisations.count=3"))).isEqualTo(1);
        // More partners take nothing away.
        assertThat(history(base.with(List.of("organisations.count=32")))).hasSize(3);
        assertThat(base.historyLeftOut(List.of("organisations.count=32"))).isZero();
        // Renaming a partner of a list takes it away too: B's lines go, A's partners are kept.
        assertThat(history(prepared(NAMED).with(List.of("organisations.2.name=D")))).isEmpty();
        assertThat(history(prepared(NAMED).with(List.of("organisations.3.name=D")))).extracting(HistorySpec::partner)
                .containsExactly("A");
    }

    @Test
    void equalsParsingWithTheSameOverrides() throws ScenarioException {
        List<String> overrides = List.of("organisations.count=2");
        assertThat(prepared(GENERATED).with(overrides)).isEqualTo(Yaml.load(GENERATED, overrides.toArray(String[]::new)));
    }

    @Test
    void aLineNamingAPartnerTheFileNeverHadIsStillAnError() {
        String typo = NAMED.replace("other: C,", "other: Cc,");
        assertThat(Yaml.problems(typo, "organisations={count: 3}")).anySatisfy(p -> assertThat(p)
                .contains("history.2.other: no organisation is named 'Cc'"));
    }

    @Test
    void aStudentHearsItOnceAtTheHistory() throws ScenarioException {
        ScenarioLoader.Checked checked = prepared(NAMED).checked(List.of("organisations={count: 3}"));
        assertThat(checked.warnings()).extracting(Problem::format).singleElement().satisfies(w -> assertThat(w)
                .startsWith("t.yaml:7:3: history: left out, 2 of 2: the history at history.1, history.2, which names a partner an override replaced"));
        assertThat(prepared(NAMED).checked(List.of()).warnings()).isEmpty();
    }
}
