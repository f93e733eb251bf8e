package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import samen.model.config.ModelConfig;

/** A partner at the table by law cannot leave, and withdraws inwardly instead (issue #11, item 1). */
class ParticipationTest {

    private static final int STEPS = 200;

    /** Partners far better off alone and barely loyal: voluntary ones walk away. */
    private static Configs unhappy() {
        return Configs.defaults().partners(4).alternative(3).loyalty(0.2);
    }

    private static Collaboration run(ModelConfig config, long seed, DecisionPolicy policy) {
        Collaboration c = new Collaboration(seed, config);
        c.start();
        if (policy != null) c.organisations().get(0).decideBy(policy);
        for (int i = 0; i < STEPS && !c.ended(); i++) c.schedule.step(c);
        return c;
    }

    @Test
    void voluntaryPartnersThatWouldDoBetterAloneWalkAway() {
        Collaboration c = run(unhappy().build(), 1, null);
        assertThat(c.organisations().stream().filter(Organisation::exited).count()).isPositive();
    }

    @Test
    void mandatedPartnersStayAndHoldBackPartOfTheirCommitment() {
        for (long seed = 1; seed <= 5; seed++) {
            Collaboration c = new Collaboration(seed, unhappy().participation(Participation.MANDATED).build());
            c.start();
            double most = 0;
            for (int i = 0; i < STEPS; i++) {
                c.schedule.step(c);
                for (Organisation o : c.organisations()) {
                    assertThat(o.withdrawal()).isBetween(0.0, 1 - Organisation.WITHHOLD_SHARE);
                    most = Math.max(most, o.withdrawal());
                }
            }
            assertThat(c.organisations()).as("seed %d", seed).noneMatch(Organisation::exited);
            assertThat(c.brokenUp()).isFalse();
            assertThat(most).as("seed %d: someone withdrew inwardly", seed).isPositive();
        }
    }

    @Test
    void voluntaryPartnersDoNotWithdrawInwardly() {
        Collaboration c = new Collaboration(1, unhappy().build());
        c.start();
        for (int i = 0; i < STEPS && !c.ended(); i++) {
            c.schedule.step(c);
            assertThat(c.organisations()).allMatch(o -> o.withdrawal() == 0);
        }
    }

    @Test
    void noDecisionTakesAMandatedPartnerOut() {
        DecisionPolicy leave = (self, agents) -> new DecisionPolicy.Decision(agents.commitment(), agents.conduct(), agents.voice(),
                null, null, DecisionPolicy.Departure.LEAVE);
        Collaboration bound = run(Configs.defaults().partners(4).participation(Participation.MANDATED).build(), 1, leave);
        assertThat(bound.organisations().get(0).active()).isTrue();
        Collaboration free = run(Configs.defaults().partners(4).build(), 1, leave);
        assertThat(free.organisations().get(0).exited()).isTrue();
    }
}
