package samen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.config.ModelConfig;
import samen.model.config.Trigger;
import samen.engine.Simulation;

/** The mechanisms of issue #3, one by one, on small configurations. */
class CommonEyeMechanismsTest {

    private static Collaboration started(ModelConfig config) {
        Collaboration c = new Collaboration(1, config);
        c.start();
        return c;
    }

    private static void steps(Collaboration c, int n) {
        for (int i = 0; i < n; i++) c.schedule.step(c);
    }

    @Test
    void aNeglectedConditionRunsDownAndAnAttendedOneHolds() {
        Collaboration c = started(Configs.defaults().opportunism(0).condition(Condition.AMBITION, 0.8, 0).build());
        steps(c, 100);
        assertThat(c.condition(Condition.AMBITION)).as("neglected").isLessThan(0.2);
        assertThat(c.condition(Condition.RELATION)).as("attended").isGreaterThan(0.5);
        assertThat(c.weakestCondition()).isEqualTo(Condition.AMBITION);
    }

    @Test
    void aStructureKeepsOrganisationUpButSlowsEveryDecision() {
        Collaboration light = started(Configs.defaults().opportunism(0).condition(Condition.ORGANISATION, 0.5, 0).build());
        Collaboration heavy = started(Configs.defaults().opportunism(0).condition(Condition.ORGANISATION, 0.5, 0).structure(0.6).build());
        assertThat(heavy.condition(Condition.ORGANISATION)).as("laid down at the start").isCloseTo(0.8, within(1e-12));
        steps(light, 6);
        steps(heavy, 6);
        assertThat(heavy.phaseProgress()).as("procedures slow the work").isLessThan(0.8 * light.phaseProgress());
        steps(light, 94);
        steps(heavy, 94);
        assertThat(light.condition(Condition.ORGANISATION)).as("neglected, it runs down").isLessThan(0.2);
        assertThat(heavy.condition(Condition.ORGANISATION)).as("the structure holds it").isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void aLearningOrganisationGivesUpAsMuchAutonomyAsTheCollaborationServesIt() {
        Collaboration fixed = started(Configs.defaults().opportunism(0).autonomy(0.9).build());
        Collaboration learning = started(Configs.defaults().opportunism(0).autonomy(0.9).learning(1).build());
        steps(fixed, 60);
        steps(learning, 60);
        Organisation o = learning.organisations().get(0);
        assertThat(fixed.organisations().get(0).autonomy()).isEqualTo(0.9);
        assertThat(o.autonomy()).as("moved towards how well it is served").isLessThan(0.9)
                .isCloseTo(o.interestsServed(), within(0.1));
    }

    @Test
    void anInterventionCostsEnergyAndIsLogged() {
        Collaboration c = started(Configs.defaults().build());
        steps(c, 5);
        double energy = c.energy();
        double relation = c.condition(Condition.RELATION);
        assertThat(c.intervene(Intervention.CONVENING)).isTrue();
        assertThat(c.energy()).isCloseTo(energy - Intervention.ENERGY_COST, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(c.condition(Condition.RELATION)).isGreaterThan(relation);
        assertThat(c.events()).last().isEqualTo(new Event(5, EventKind.INTERVENTION, "convening", "", "by hand"));
    }

    @Test
    void anInterventionWhosePreconditionFailsIsRefusedAndFree() {
        // Institutional entrepreneurship needs agreements; at the start there are none.
        Collaboration c = started(Configs.defaults().build());
        double energy = c.energy();
        assertThat(c.intervene(Intervention.INSTITUTIONAL_ENTREPRENEURSHIP)).isFalse();
        assertThat(c.energy()).isEqualTo(energy);
        assertThat(c.events()).last().extracting(Event::kind).isEqualTo(EventKind.INTERVENTION_REFUSED);
        assertThat(c.interventionsRefused()).isEqualTo(1);
    }

    @Test
    void reflectionNeedsAnAcceptableDistributionOfPower() {
        Collaboration dominant = started(Configs.defaults().power(samen.model.config.PowerSettings.PowerDistribution.DOMINANT).build());
        Collaboration equal = started(Configs.defaults().build());
        assertThat(dominant.intervene(Intervention.REFLECTIVE_INTERVENTION)).isFalse();
        assertThat(equal.intervene(Intervention.REFLECTIVE_INTERVENTION)).isTrue();
    }

    @Test
    void scheduledInterventionsFireOnTheirTriggers() {
        Collaboration c = started(Configs.defaults()
                .intervention(Intervention.CONVENING, new Trigger.AtStep(3))
                .intervention(Intervention.PROCESS_MANAGING, new Trigger.Every(10))
                .intervention(Intervention.CONFLICT_HANDLING, new Trigger.OnPhase(Phase.EXPLORE))
                .intervention(Intervention.VISIONING, new Trigger.Below("energy", 1.01))
                .build());
        steps(c, 30);
        List<String> fired = c.events().stream().filter(e -> e.kind() == EventKind.INTERVENTION || e.kind() == EventKind.INTERVENTION_REFUSED)
                .map(e -> e.step() + ":" + e.name()).toList();
        assertThat(fired).contains("3:convening", "10:process_managing", "20:process_managing", "30:process_managing");
        assertThat(fired).filteredOn(f -> f.endsWith("conflict_handling")).as("on entering explore, once").hasSize(1);
        assertThat(fired).filteredOn(f -> f.endsWith("visioning")).as("cooldown 20").containsExactly("1:visioning", "21:visioning");
    }

    @Test
    void newcomersJoinAndPlannedDeparturesAreNoBreakUp() {
        ModelConfig base = Configs.defaults().partners(4).build();
        var orgs = new java.util.ArrayList<>(base.organisations());
        var o3 = orgs.get(2);
        var o4 = orgs.get(3);
        orgs.set(2, Specs.scheduled(o3, o3.name(), 0, 20));
        orgs.set(3, Specs.scheduled(o4, o4.name(), 10, 0));
        Collaboration c = started(new ModelConfig(orgs, base.power(), base.trust(), base.collaboration(), base.conditions(),
                List.of(), List.of(), List.of()));
        assertThat(c.activeCount()).isEqualTo(3);
        steps(c, 30);
        assertThat(c.events()).anyMatch(e -> e.step() == 10 && e.kind() == EventKind.JOIN && e.subject().equals(o4.name()));
        assertThat(c.events()).anyMatch(e -> e.step() == 20 && e.kind() == EventKind.LEAVE && e.name().equals("planned"));
        assertThat(c.activeCount()).isEqualTo(3);
        assertThat(c.brokenUp()).isFalse();
    }

    /** Four partners, the fourth joining at step 10 with a history of trust 0.1 with each founder. */
    private static Collaboration withADistrustedNewcomer(Membership membership) {
        ModelConfig base = Configs.defaults().partners(4).membership(membership).build();
        var orgs = new java.util.ArrayList<>(base.organisations());
        var o4 = orgs.get(3);
        orgs.set(3, Specs.scheduled(o4, o4.name(), 10, 0));
        List<samen.model.config.HistorySpec> history = orgs.subList(0, 3).stream()
                .map(o -> new samen.model.config.HistorySpec(o.name(), o4.name(), 0.1, 0.8)).toList();
        Collaboration c = started(new ModelConfig(orgs, base.power(), base.trust(), base.collaboration(), base.conditions(),
                List.of(), List.of(), history));
        steps(c, 12);
        return c;
    }

    @Test
    void selectivePartnersDoNotLetInANewcomerTheyDistrust() {
        Collaboration open = withADistrustedNewcomer(Membership.OPEN);
        Collaboration selective = withADistrustedNewcomer(Membership.SELECTIVE);
        assertThat(open.activeCount()).isEqualTo(4);
        assertThat(selective.activeCount()).isEqualTo(3);
        assertThat(selective.events()).anyMatch(e -> e.step() == 10 && e.kind() == EventKind.LEAVE
                && e.name().equals("excluded") && e.detail().startsWith("not let in"));
        assertThat(selective.brokenUp()).isFalse();
    }

    @Test
    void aReplacedRepresentativeTakesPersonalTrustAlong() {
        Collaboration c = started(Configs.defaults().opportunism(0).build());
        steps(c, 80);
        Organisation o = c.organisations().get(0);
        double before = o.trustReceived();
        assertThat(before).isGreaterThan(0.45);
        c.relations().forget(o.index(), 0);
        assertThat(o.trustReceived()).isLessThan(before).isGreaterThanOrEqualTo(0.4 - 1e-9);
    }

    /** Six partners without opportunism that stop at a goal of 50, or take on {@code renewal} next rounds. */
    private static ModelConfig withGoal(int renewal) {
        return withGoal(renewal, Configs.defaults().build().collaboration().celebration());
    }

    private static ModelConfig withGoal(int renewal, double celebration) {
        ModelConfig base = Configs.defaults().opportunism(0).build();
        var s = base.collaboration();
        return new ModelConfig(base.organisations(), base.power(), base.trust(),
                new samen.model.config.CollaborationSettings(s.startPhase(), s.synergy(), s.meetingCost(), s.phaseDuration(),
                        s.energyInitial(), s.energyGain(), s.energyDrain(), s.diversity(), 50, 0, s.lockInHalf(), s.structure(),
                        s.governance(), celebration, renewal, s.facilitator(), s.facilitatorAuthority(),
                        s.membership(), s.contacts(), s.norms(), s.adaptation(), s.network(), s.relationalRent()),
                base.conditions(), List.of(), List.of(), List.of());
    }

    @Test
    void aReachedGoalWithRoundsLeftStartsANextRoundFromSharing() {
        Collaboration c = started(withGoal(1));
        for (int i = 0; i < 600 && !c.ended(); i++) c.schedule.step(c);
        List<Event> goals = c.events().stream().filter(e -> e.kind() == EventKind.GOAL_REACHED).toList();
        assertThat(goals).hasSize(2);
        assertThat(goals.get(0).detail()).contains("a next round begins");
        assertThat(c.events()).contains(new Event(goals.get(0).step(), EventKind.PHASE_CHANGE, "share", "", "from execute"));
        assertThat(c.goalReached()).isTrue();
        assertThat(c.cumulativeValue()).isGreaterThanOrEqualTo(100);
    }

    /**
     * Seed 002, advice 7: "Als je erin slaagt een doel te bereiken, markeer dat dan ook duidelijk ...
     * Zodat je later erop met plezier op terug kunt kijken": a partner weighs its discontent against
     * the successes it remembers, (1 − m)·D, with m ← m + celebration·(1 − m) at each one.
     */
    @Test
    void aCelebratedGoalIsRememberedAndWeighsAgainstDiscontent() {
        Organisation o = started(Configs.defaults().build()).organisations().get(0);
        for (int i = 0; i < 30; i++) o.aggrieve(0.8);
        double felt = o.discontent();
        assertThat(felt).isGreaterThan(0.5);
        o.celebrate(0);
        assertThat(o.discontent()).as("nothing marked, nothing remembered").isEqualTo(felt);
        o.celebrate(0.4);
        assertThat(o.discontent()).isCloseTo(0.6 * felt, within(1e-12));
        o.celebrate(0.4);
        assertThat(o.discontent()).as("a second success adds to the memory").isCloseTo(0.36 * felt, within(1e-12));
        for (int i = 0; i < 30; i++) o.aggrieve(1);
        assertThat(o.discontent()).as("later grievances weigh less too").isLessThanOrEqualTo(0.36).isGreaterThan(0);

        Collaboration c = started(withGoal(1, 1));
        while (!c.ended() && c.events().stream().noneMatch(e -> e.kind() == EventKind.GOAL_REACHED)) c.schedule.step(c);
        assertThat(c.ended()).as("the first goal starts a next round").isFalse();
        for (Organisation p : c.activeOrganisations()) {
            p.aggrieve(1);
            assertThat(p.discontent()).as("a success marked in full outweighs every grievance").isZero();
        }
    }

    @Test
    void reachingTheGoalStopsTheRun() {
        ModelConfig withGoal = withGoal(0);
        var result = Simulation.create(withGoal, 1).run(400, List.of());
        assertThat(result.stepsRun()).isLessThan(400);
        assertThat(result.metrics().get("cumulative_value")).isGreaterThanOrEqualTo(50);
        assertThat(result.outcome()).isNotIn(Outcome.BREAKUP, Outcome.STAGNATION, Outcome.SHAM);
    }
}
