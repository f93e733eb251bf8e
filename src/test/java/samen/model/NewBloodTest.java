package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.config.HistorySpec;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;

/**
 * Candidates (organisations.*.joins: invited | sought; docs/MODEL.md §7.17, new blood): drawn by success, let in when a
 * seat is free (invited) or once the collaboration executes (sought).
 */
class NewBloodTest {

    /**
     * Four partners of which the third leaves by plan at step 5, and a fifth, an invited candidate whose
     * own road yields {@code alternative}; the partners hold {@code trust} in it.
     */
    private static Collaboration run(double alternative, long thirdLeavesAt, Membership membership, double trust, int steps) {
        Collaboration c = started(alternative, thirdLeavesAt, membership, trust, Joining.INVITED);
        for (int i = 0; i < steps; i++) c.schedule.step(c);
        return c;
    }

    /** The collaboration of {@link #run}, started, with a candidate that comes as {@code joins} says. */
    private static Collaboration started(double alternative, long thirdLeavesAt, Membership membership, double trust, Joining joins) {
        ModelConfig base = Configs.defaults().partners(5).membership(membership).build();
        List<OrganisationSpec> orgs = new ArrayList<>(base.organisations());
        orgs.set(2, Specs.scheduled(orgs.get(2), orgs.get(2).name(), 0, thirdLeavesAt));
        OrganisationSpec candidate = Specs.candidate(orgs.get(4), "Candidate", alternative, joins);
        orgs.set(4, candidate);
        List<HistorySpec> history = orgs.subList(0, 4).stream().map(o -> new HistorySpec(o.name(), candidate.name(), trust, 0.3)).toList();
        Collaboration c = new Collaboration(1, new ModelConfig(orgs, base.power(), base.trust(), base.collaboration(), base.conditions(),
                List.of(), List.of(), history));
        c.start();
        return c;
    }

    private static Organisation candidate(Collaboration c) {
        return c.organisations().get(4);
    }

    @Test
    void aCandidateDrawnBySuccessTakesTheSeatAPartnerLeft() {
        Collaboration c = run(0.01, 5, Membership.OPEN, 0.4, 10);
        assertThat(candidate(c).active()).isTrue();
        assertThat(c.activeCount()).isEqualTo(4);
        assertThat(c.events()).filteredOn(e -> e.kind() == EventKind.JOIN).singleElement()
                .satisfies(e -> {
                    assertThat(e.step()).isEqualTo(5);
                    assertThat(e.name()).isEqualTo("invited");
                    assertThat(e.subject()).isEqualTo("Candidate");
                    assertThat(e.detail()).startsWith("drawn by success").contains("a seat is free (3 of 4 at the table)");
                });
    }

    @Test
    void noCandidateComesWhileEverySeatIsTaken() {
        Collaboration c = run(0.01, 0, Membership.OPEN, 0.4, 40);
        assertThat(candidate(c).pending()).isTrue();
        assertThat(c.activeCount()).isEqualTo(4);
        assertThat(c.events()).noneMatch(e -> e.kind() == EventKind.JOIN);
    }

    @Test
    void aCandidateWhoseOwnRoadPaysMoreStaysAway() {
        Collaboration c = run(50, 5, Membership.OPEN, 0.4, 40);
        assertThat(candidate(c).pending()).isTrue();
        assertThat(c.activeCount()).isEqualTo(3);
    }

    @Test
    void selectivePartnersTurnDownACandidateTheyDistrustOnce() {
        Collaboration c = run(0.01, 5, Membership.SELECTIVE, 0.1, 40);
        assertThat(candidate(c).pending()).isTrue();
        assertThat(c.events()).filteredOn(e -> e.kind() == EventKind.LEAVE && e.subject().equals("Candidate")).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("not let in").contains("drawn by success"));
        assertThat(c.brokenUp()).isFalse();
    }

    @Test
    void aSoughtCandidateWaitsForExecuteAndThenGrowsTheTable() {
        Collaboration c = started(0.01, 0, Membership.OPEN, 0.4, Joining.SOUGHT);
        Phase before = c.phase();
        while (candidate(c).pending() && c.step() < 400) {
            before = c.phase();
            c.schedule.step(c);
        }
        assertThat(candidate(c).active()).isTrue();
        assertThat(before).isEqualTo(Phase.EXECUTE);
        assertThat(c.events()).filteredOn(e -> e.kind() == EventKind.JOIN).singleElement()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo("sought");
                    assertThat(e.detail()).startsWith("drawn by success").contains("sought out while it executes (4 at the table)");
                });
        assertThat(c.events()).noneMatch(e -> e.kind() == EventKind.LEAVE);
        assertThat(c.activeCount()).isEqualTo(5);
    }

    @Test
    void aSoughtCandidateWhoseOwnRoadPaysMoreStaysAway() {
        Collaboration c = started(50, 0, Membership.OPEN, 0.4, Joining.SOUGHT);
        for (int i = 0; i < 200; i++) c.schedule.step(c);
        assertThat(candidate(c).pending()).isTrue();
        assertThat(c.events()).noneMatch(e -> e.kind() == EventKind.JOIN);
    }
}
