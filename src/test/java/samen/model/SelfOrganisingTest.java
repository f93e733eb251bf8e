package samen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import samen.model.config.PowerSettings.PowerDistribution;

/** The self-organising network ({@link Governance#SELF_ORGANISING}, docs/MODEL.md §7.19). */
class SelfOrganisingTest {

    private static Collaboration started(Configs configs, int seed) {
        Collaboration c = new Collaboration(seed, configs.build());
        c.start();
        return c;
    }

    @Test
    void everyoneWorksInAModuleOfContactsAndAReopeningSetsBackOnlyOne() {
        Collaboration shared = started(Configs.defaults().partners(12).contacts(4), 1);
        Collaboration self = started(Configs.defaults().partners(12).contacts(4).governance(Governance.SELF_ORGANISING), 1);
        assertThat(shared.network().complete()).as("shared governance keeps the core's one table").isTrue();
        assertThat(shared.module()).isEqualTo(1);
        assertThat(self.network().complete()).as("no core: everyone on the circle of themes").isFalse();
        for (int i = 0; i < 12; i++) assertThat(self.network().degree(i)).isEqualTo(4);
        assertThat(self.module()).isCloseTo(5.0 / 12, within(1e-12));
        Collaboration oneModule = started(Configs.defaults().partners(12).governance(Governance.SELF_ORGANISING), 1);
        assertThat(oneModule.module()).as("contacts 0: one module, the whole table").isEqualTo(1);
    }

    @Test
    void noCourseIsSetBeforehandTheAmbitionGrowsFromNothing() {
        Configs configs = Configs.defaults().condition(Condition.AMBITION, 0.6, 1);
        Collaboration shared = started(configs, 1);
        Collaboration self = started(configs.governance(Governance.SELF_ORGANISING), 1);
        assertThat(shared.condition(Condition.AMBITION)).isEqualTo(0.6);
        assertThat(self.condition(Condition.AMBITION)).isZero();
        for (int i = 0; i < 24; i++) self.schedule.step(self);
        assertThat(self.condition(Condition.AMBITION)).as("the partners' attention builds it").isPositive();
    }

    @Test
    void aDepartureIsNoBreakUpSignalOnlyTooFewPartnersAre() {
        int left = 0;
        for (int seed = 1; seed <= 10; seed++) {
            Collaboration c = started(Configs.defaults().partners(6).loyalty(0.2).governance(Governance.SELF_ORGANISING), seed);
            for (int i = 0; i < 300 && !c.ended(); i++) {
                c.schedule.step(c);
                assertThat(c.brokenUp()).isEqualTo(c.activeCount() < 2);
            }
            left += (int) c.organisations().stream().filter(Organisation::exited).count();
        }
        assertThat(left).as("partners did vote with their feet").isPositive();
    }

    @Test
    void reputationForWhatOneBroughtTakesPowersPlaceInTheSplit() {
        double[] dominance = new double[2];
        Governance[] modes = {Governance.SHARED, Governance.SELF_ORGANISING};
        for (int m = 0; m < 2; m++) {
            Collaboration c = started(Configs.defaults().partners(4).power(PowerDistribution.DOMINANT).influence(0.8)
                    .startPhase(Phase.EXECUTE).governance(modes[m]), 3);
            for (int i = 0; i < 20 && !c.ended(); i++) c.schedule.step(c);
            Organisation first = c.organisations().get(0);
            double brought = c.organisations().stream().mapToDouble(Organisation::brought).sum();
            double taken = c.organisations().stream().mapToDouble(Organisation::taken).sum();
            // How much more of the pot the powerful partner takes than its share of what was brought.
            dominance[m] = (first.taken() / taken) / (first.brought() / brought);
        }
        assertThat(dominance[0]).as("power weighs under shared governance").isGreaterThan(1.5);
        assertThat(dominance[1]).as("reputation weighs in a self-organising network").isLessThan(dominance[0]).isCloseTo(1, within(0.2));
    }

    @Test
    void whoLeavesTakesWhatItAddedWithItOnlyInASelfOrganisingNetwork() {
        for (int seed = 1; seed <= 10; seed++) {
            Collaboration shared = started(Configs.defaults().partners(6).loyalty(0.2), seed);
            Collaboration self = started(Configs.defaults().partners(6).loyalty(0.2).governance(Governance.SELF_ORGANISING), seed);
            double full = shared.synergy();
            assertThat(self.synergy()).as("nobody left yet").isEqualTo(full);
            for (int i = 0; i < 300 && !self.ended(); i++) {
                shared.schedule.step(shared);
                self.schedule.step(self);
                assertThat(shared.retained()).isEqualTo(1);
                assertThat(shared.synergy()).isEqualTo(full);
                double kept = self.retained();
                assertThat(kept).isBetween(0.0, 1.0);
                if (self.organisations().stream().anyMatch(Organisation::exited)) assertThat(kept).isLessThan(1);
                else assertThat(kept).isEqualTo(1);
                assertThat(self.synergy()).isCloseTo(1 + (full - 1) * kept, within(1e-12)).isBetween(1.0, full);
            }
        }
    }
    @Test
    void theBestOfTheModulesRivalSolutionsIsTakenUpTheRestIsDuplicated() {
        for (int seed = 1; seed <= 10; seed++) {
            for (double diversity : new double[] {0, 0.2, 0.6, 1}) {
                Collaboration shared = started(Configs.defaults().partners(12).contacts(4).diversity(diversity).loyalty(0.2), seed);
                Collaboration self = started(Configs.defaults().partners(12).contacts(4).diversity(diversity).loyalty(0.2)
                        .governance(Governance.SELF_ORGANISING), seed);
                for (int i = 0; i < 200 && !self.ended(); i++) {
                    shared.schedule.step(shared);
                    self.schedule.step(self);
                    assertThat(CompetingSolutions.yield(shared)).as("at a table, one solution").isEqualTo(1);
                    double rivals = self.module() * self.activeCount() - 1;
                    double yield = CompetingSolutions.yield(self);
                    assertThat(yield).isNotNaN().isBetween(1 - CompetingSolutions.RIVAL_WORK, 1 + diversity);
                    if (diversity == 0) {
                        assertThat(yield).as("alike partners: only duplicated work")
                                .isCloseTo(1 - CompetingSolutions.RIVAL_WORK * rivals / (rivals + 1), within(1e-12));
                    }
                }
            }
        }
        assertThat(CompetingSolutions.best(0.6, 0)).as("one solution: nothing to choose").isEqualTo(1);
        assertThat(CompetingSolutions.best(0.6, 1)).as("the better of two, evenly spread over [0.4, 1.6]").isCloseTo(1.2, within(1e-12));
        assertThat(CompetingSolutions.best(0.6, 1e9)).isCloseTo(1.6, within(1e-6));
    }

    @Test
    void whatOneTakesFollowsItsReputationNotWhatItBringsThisStep() {
        int evaded = 0;
        for (int seed = 1; seed <= 5; seed++) {
            Collaboration c = started(Configs.defaults().partners(6).opportunism(0.6).startPhase(Phase.EXECUTE)
                    .governance(Governance.SELF_ORGANISING), seed);
            for (int i = 0; i < 60 && !c.ended(); i++) {
                java.util.List<Organisation> active = c.activeOrganisations();
                double[] record = active.stream().mapToDouble(Organisation::brought).toArray();
                double total = java.util.Arrays.stream(record).sum();
                c.schedule.step(c);
                // Renegotiated terms add to the weight; a departure changes the table.
                boolean terms = active.stream().anyMatch(o -> o.terms() > 0);
                if (c.activeOrganisations().size() != active.size() || total <= 0 || terms) continue;
                double pot = active.stream().mapToDouble(Organisation::taken).sum();
                evaded += (int) active.stream().filter(o -> o.conduct() == Opportunism.EVASION).count();
                for (int a = 0; a < active.size(); a++) {
                    assertThat(active.get(a).taken() / pot).as("its record's share, whatever it brought this step")
                            .isCloseTo(record[a] / total, within(1e-9));
                }
            }
        }
        assertThat(evaded).as("partners did bring less than they meant to, and still took by their record").isPositive();
    }
}
