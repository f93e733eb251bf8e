package samen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.config.ModelConfig;

/** The structure that grows with the work ({@link Structure}): off, it is the structure laid down at the start; on, it adds and strips. */
class AdaptiveStructureTest {

    private static Collaboration run(ModelConfig config, long seed, int steps) {
        Collaboration c = new Collaboration(seed, config);
        c.start();
        for (int i = 0; i < steps && !c.ended(); i++) c.schedule.step(c);
        return c;
    }

    private static List<Event> restructured(Collaboration c) {
        return c.events().stream().filter(e -> e.kind() == EventKind.RESTRUCTURED).toList();
    }

    /** Under-organised from the start of agree: nobody attends to organisation, so over-control shows at once. */
    private static Configs underOrganised() {
        return Configs.defaults().startPhase(Phase.AGREE).condition(Condition.ORGANISATION, 0.1, 0);
    }

    @Test
    void withoutAdaptationTheStructureStaysAsLaidDownAndNothingIsLogged() {
        Collaboration c = run(underOrganised().structure(0.25).build(), 3, 120);
        assertThat(c.structure().weight()).isEqualTo(0.25);
        assertThat(c.structure().balance()).isZero();
        assertThat(restructured(c)).isEmpty();
    }

    @Test
    void overControlMakesThePartnersAddAProcedure() {
        Collaboration c = new Collaboration(3, underOrganised().adaptation(1).build());
        c.start();
        for (int i = 0; i < 30 && restructured(c).isEmpty(); i++) c.schedule.step(c);
        assertThat(restructured(c)).as("over-control shows the lack of organisation").singleElement()
                .extracting(Event::name, Event::detail)
                .containsExactly("added", "over-control or broken agreements: structure 0.00 -> 0.25");
        assertThat(c.structure().weight()).isEqualTo(0.25);
        assertThat(c.conditions().anchored(Condition.ORGANISATION)).as("what is added is anchored").isEqualTo(0.25);
        assertThat(c.condition(Condition.ORGANISATION)).as("and answers its share of what organisation misses")
                .isGreaterThanOrEqualTo(0.25);
    }

    @Test
    void decisionsStalledUnderTheHeaviestStructureMakeThePartnersStripOne() {
        Collaboration c = run(Configs.defaults().opportunism(0).structure(1).adaptation(1).build(), 3, 40);
        List<Event> changes = restructured(c);
        assertThat(changes).as("procedures slow every decision").isNotEmpty();
        assertThat(changes.get(0).name()).isEqualTo("stripped");
        assertThat(changes.get(0).detail()).isEqualTo("decisions stall under the procedures: structure 1.00 -> 0.75");
        assertThat(c.structure().weight()).isLessThan(1);
    }

    @Test
    void theStructureStaysInRangeAndUnderWhatIsAnchored() {
        for (double start : new double[] {0, 0.5, 1}) {
            for (long seed = 1; seed <= 5; seed++) {
                Collaboration c = new Collaboration(seed, underOrganised().structure(start).adaptation(0.3).build());
                c.start();
                for (int i = 0; i < 200 && !c.ended(); i++) {
                    c.schedule.step(c);
                    Structure s = c.structure();
                    assertThat(s.weight()).isBetween(0.0, 1.0);
                    assertThat(s.balance()).isBetween(-1.0, 1.0);
                    assertThat(c.conditions().anchored(Condition.ORGANISATION)).isBetween(s.weight() - 1e-12, 1.0);
                    assertThat(c.condition(Condition.ORGANISATION)).isBetween(0.0, 1.0).isNotNaN();
                }
            }
        }
    }

    @Test
    void aChangeOfFormUnsettlesWhatIsIngrainedForOnePhase() {
        Collaboration c = new Collaboration(3, Configs.defaults().opportunism(0).structure(1).adaptation(1).build());
        c.start();
        int d = c.phaseDuration();
        while (restructured(c).isEmpty()) {
            assertThat(c.structure().ingrained(c.step() + 1, d)).as("nothing changed yet: the procedures are ingrained").isEqualTo(1);
            c.schedule.step(c);
        }
        long changed = restructured(c).get(0).step();
        assertThat(c.structure().ingrained(changed, d)).as("at the change, the way of working is back to nothing").isZero();
        assertThat(c.structure().ingrained(changed + d / 2, d)).isEqualTo(0.5);
        assertThat(c.structure().ingrained(changed + d, d)).as("ingrained again after one phase's worth of steps").isEqualTo(1);
    }

    @Test
    void thePartnersWeighThePriceOfAChangeBeforeMakingIt() {
        // A first procedure nobody asked for (nobody over-controls before agree), against a signal of
        // an eighth of the table for a phase of 12 steps: 1.5 steps of the whole table. Its routine
        // unsettled costs 0.5 x 0.25 x 13/2 = 0.81 of them; where the rules are held, the whole table's
        // sting of a change midway costs one more.
        Collaboration loose = new Collaboration(3, Configs.defaults().opportunism(0).adaptation(1).build());
        Collaboration held = new Collaboration(3, Configs.defaults().opportunism(0).adaptation(1).norms(1).build());
        loose.start();
        held.start();
        assertThat(loose.phaseDuration()).isEqualTo(12);
        double need = 1.5 / 12;
        assertThat(loose.structure().outweighs(loose, need, 0.25)).as("the unsettled routine alone is outweighed").isTrue();
        assertThat(held.structure().outweighs(held, need, 0.25)).as("with the sting of a change nobody asked for, it is not").isFalse();
    }

    @Test
    void whereTheRulesAreHeldAChangeNobodyAskedForCostsEveryPairTrust() {
        double loss = 0.015;
        Collaboration c = new Collaboration(3, Configs.defaults().opportunism(0).trust(0.4, 0.005, loss).norms(1).build());
        c.start();
        for (int i = 0; i < 5; i++) c.schedule.step(c);
        List<Organisation> active = c.activeOrganisations();
        assertThat(active).noneMatch(Organisation::controlling);
        double[] before = trust(c, active);
        Structure.changeTheRules(c, false);
        assertThat(trust(c, active)).as("stripping a procedure: nobody over-controls, so everyone asked for it").containsExactly(before);
        Structure.changeTheRules(c, true);
        double[] after = trust(c, active);
        double price = loss * Opportunism.FORCED_RENEGOTIATION.sting();
        for (int i = 0; i < before.length; i++) {
            assertThat(after[i]).as("adding one nobody asked for: a forced renegotiation of the rules")
                    .isCloseTo(Math.max(0, before[i] - price), within(1e-12));
        }
    }

    private static double[] trust(Collaboration c, List<Organisation> active) {
        return active.stream().flatMap(a -> active.stream().filter(b -> b != a).map(b -> c.relations().trust(a.index(), b.index())))
                .mapToDouble(Double::doubleValue).toArray();
    }
}
