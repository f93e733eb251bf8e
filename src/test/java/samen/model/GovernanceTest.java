package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who settles grievances ({@link Governance}, docs/MODEL.md §7.20). */
class GovernanceTest {

    private static List<Event> run(Governance governance, int seed) {
        Collaboration c = new Collaboration(seed, Configs.defaults().partners(24).governance(governance).build());
        c.start();
        for (int i = 0; i < 200 && !c.ended(); i++) c.schedule.step(c);
        return c.events();
    }

    private static long count(List<Event> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }

    @Test
    void aHubSettlesGrievancesOneToOneThatTheTableWouldHaveReopened() {
        long sharedSettled = 0, hubSettled = 0, sharedReopened = 0, hubReopened = 0;
        for (int seed = 1; seed <= 5; seed++) {
            List<Event> shared = run(Governance.SHARED, seed);
            List<Event> hub = run(Governance.ADMINISTRATIVE, seed);
            sharedSettled += count(shared, EventKind.GRIEVANCE_SETTLED);
            hubSettled += count(hub, EventKind.GRIEVANCE_SETTLED);
            sharedReopened += count(shared, EventKind.AGREEMENT_REOPENED);
            hubReopened += count(hub, EventKind.AGREEMENT_REOPENED);
            assertThat(hub).filteredOn(e -> e.kind() == EventKind.GRIEVANCE_SETTLED)
                    .allSatisfy(e -> assertThat(e.detail()).isEqualTo("administrative"));
        }
        assertThat(sharedSettled).isZero();
        assertThat(hubSettled).isPositive();
        assertThat(hubReopened).isLessThan(sharedReopened);
    }
}
