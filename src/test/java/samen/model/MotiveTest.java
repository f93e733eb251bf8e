package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each motive changes, and that the market motive, the default, changes nothing (issue #11, item 1). */
class MotiveTest {

    private static final int STEPS = 200;

    private static Collaboration started(Configs config, long seed) {
        Collaboration c = new Collaboration(seed, config.build());
        c.start();
        return c;
    }

    @Test
    void marketPartnersAreTodaysPartners() {
        Collaboration plain = started(Configs.defaults(), 3);
        Collaboration market = started(Configs.defaults().motives(Motive.MARKET), 3);
        for (int i = 0; i < STEPS && !plain.ended(); i++) {
            plain.schedule.step(plain);
            market.schedule.step(market);
        }
        assertThat(market.events()).isEqualTo(plain.events());
        assertThat(market.cumulativeValue()).isEqualTo(plain.cumulativeValue());
    }

    @Test
    void onlyKnowledgePartnersLearnAndOnlyFromDifference() {
        Collaboration c = started(Configs.defaults().diversity(0.6).motives(Motive.KNOWLEDGE, Motive.MARKET), 1);
        Collaboration same = started(Configs.defaults().diversity(0).motives(Motive.KNOWLEDGE), 1);
        double most = 0;
        for (int i = 0; i < 60 && !c.ended(); i++) {
            c.schedule.step(c);
            same.schedule.step(same);
            double learned = Round.learned(c, c.organisations().get(0));
            assertThat(learned).isBetween(0.0, 1.0);
            most = Math.max(most, learned);
            assertThat(Round.learned(c, c.organisations().get(1))).isZero();
            assertThat(Round.learned(same, same.organisations().get(0))).isZero();
        }
        assertThat(most).as("a knowledge partner learns while the partners explore").isPositive();
    }

    @Test
    void costPartnersMissTheScaleOfThoseWhoWalkedAway() {
        for (long seed = 1; seed <= 10; seed++) {
            // Also where no departure breaks the network up: the scale is lost all the same.
            Governance governance = seed % 2 == 0 ? Governance.SELF_ORGANISING : Governance.SHARED;
            Collaboration c = started(Configs.defaults().partners(6).alternative(3).loyalty(0.2).governance(governance)
                    .motives(Motive.COST, Motive.MARKET), seed);
            for (int i = 0; i < STEPS && !c.ended(); i++) {
                c.schedule.step(c);
                long gone = c.organisations().stream().filter(Organisation::exited).count();
                double lost = Round.scaleLost(c, c.organisations().get(0));
                assertThat(lost).isBetween(0.0, 1.0).isEqualTo(gone / 6.0, org.assertj.core.data.Offset.offset(1e-12));
                assertThat(Round.scaleLost(c, c.organisations().get(1))).isZero();
            }
        }
    }

    /**
     * Six partners with unhappy roads (they leave) on {@code terrains}: the first four at the table for the
     * market, the fifth for cost, the sixth half for each.
     */
    private static Collaboration marketTable(String[] terrains, long seed) {
        return started(Configs.defaults().partners(6).alternative(3).loyalty(0.2).terrains(terrains)
                .motives(Motives.only(Motive.MARKET), Motives.only(Motive.MARKET), Motives.only(Motive.MARKET),
                        Motives.only(Motive.MARKET), Motives.only(Motive.COST), Motives.mix(java.util.Map.of(Motive.MARKET, 1.0, Motive.COST, 1.0))), seed);
    }

    /** What the market motive weighs is 0 for every partner of a table that names no terrain. */
    private static void nothingWhereNoTerrainIsNamed(java.util.function.ToDoubleBiFunction<Collaboration, Organisation> weight) {
        Collaboration unnamed = started(Configs.defaults(), 1);
        for (int i = 0; i < 20; i++) {
            unnamed.schedule.step(unnamed);
            for (Organisation o : unnamed.organisations()) assertThat(weight.applyAsDouble(unnamed, o)).isZero();
        }
    }

    @Test
    void marketPartnersReachTheMarketsOfPartnersOnOtherTerrainsWhileTheyStay() {
        String[] terrains = {"care", "care", "housing", "", "housing", "care"};
        boolean lost = false;
        for (long seed = 1; seed <= 10; seed++) {
            Collaboration c = marketTable(terrains, seed);
            for (int i = 0; i < STEPS && !c.ended(); i++) {
                c.schedule.step(c);
                // The housing partners at the table are the care partners' other market; the care ones are the housing one's.
                long housing = c.organisations().stream().filter(o -> o.active() && o.terrain().equals("housing")).count();
                long care = c.organisations().stream().filter(o -> o.active() && o.terrain().equals("care")).count();
                Organisation first = c.organisations().get(0);
                Organisation third = c.organisations().get(2);
                assertThat(MarketAccess.reached(c, first)).isEqualTo(MarketAccess.WORTH * housing / 5, org.assertj.core.data.Offset.offset(1e-12));
                assertThat(MarketAccess.reached(c, third)).isEqualTo(MarketAccess.WORTH * care / 5, org.assertj.core.data.Offset.offset(1e-12));
                assertThat(MarketAccess.reached(c, c.organisations().get(3))).as("no terrain of its own, no new market").isZero();
                assertThat(MarketAccess.reached(c, c.organisations().get(4))).as("not there for the market").isZero();
                assertThat(MarketAccess.reached(c, c.organisations().get(5))).as("half there for the market")
                        .isEqualTo(0.5 * MarketAccess.WORTH * housing / 5, org.assertj.core.data.Offset.offset(1e-12));
                lost |= housing < 2;
            }
        }
        assertThat(lost).as("a partner on another market walks away in some run, and its market with it").isTrue();
        nothingWhereNoTerrainIsNamed(MarketAccess::reached);
    }

    @Test
    void marketPartnersAreShieldedByTheirRivalsAtTheTableWhileTheyStay() {
        String[] terrains = {"care", "care", "housing", "", "care", "care"};
        boolean lost = false;
        for (long seed = 1; seed <= 10; seed++) {
            Collaboration c = marketTable(terrains, seed);
            for (int i = 0; i < STEPS && !c.ended(); i++) {
                c.schedule.step(c);
                // The first partner's rivals are the other care partners still at the table, itself aside.
                Organisation first = c.organisations().get(0);
                long rivals = c.organisations().stream().filter(o -> o != first && o.active() && o.terrain().equals("care")).count();
                long sixthRivals = c.organisations().stream().filter(o -> o.index() != 5 && o.active() && o.terrain().equals("care")).count();
                assertThat(Protection.shield(c, first)).isEqualTo(Protection.SHIELD * rivals / 5, org.assertj.core.data.Offset.offset(1e-12));
                assertThat(Protection.shield(c, c.organisations().get(2))).as("alone on its terrain, no rival to keep").isZero();
                assertThat(Protection.shield(c, c.organisations().get(3))).as("no terrain, no rivals").isZero();
                assertThat(Protection.shield(c, c.organisations().get(4))).as("not there for the market").isZero();
                assertThat(Protection.shield(c, c.organisations().get(5))).as("half there for the market")
                        .isEqualTo(0.5 * Protection.SHIELD * sixthRivals / 5, org.assertj.core.data.Offset.offset(1e-12));
                lost |= rivals < 3;
            }
        }
        assertThat(lost).as("a rival walks away in some run, and its part of the shield with it").isTrue();
        nothingWhereNoTerrainIsNamed(Protection::shield);
    }

    @Test
    void partnersUnderPressureCanLeaveButHoldBackFirst() {
        Configs unhappy = Configs.defaults().partners(4).alternative(3).loyalty(0.2);
        boolean someoneLeft = false;
        double most = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Collaboration c = started(unhappy.motives(Motive.PRESSURE), seed);
            for (int i = 0; i < STEPS && !c.ended(); i++) {
                c.schedule.step(c);
                for (Organisation o : c.organisations()) {
                    assertThat(o.exitClosed()).isEqualTo(Organisation.FACE);
                    assertThat(o.withdrawal()).isBetween(0.0, Organisation.FACE * (1 - Organisation.WITHHOLD_SHARE));
                    most = Math.max(most, o.withdrawal());
                }
            }
            someoneLeft |= c.organisations().stream().anyMatch(Organisation::exited);
        }
        assertThat(someoneLeft).as("pressure is no law: a partner under pressure can still walk away").isTrue();
        assertThat(most).as("someone withdrew inwardly").isPositive();
    }

    @Test
    void theLawClosesTheWayOutWhateverTheMotive() {
        Collaboration c = started(Configs.defaults().participation(Participation.MANDATED).motives(Motive.PRESSURE), 1);
        assertThat(c.organisations()).allMatch(o -> o.exitClosed() == 1);
    }

    @Test
    void aMotiveInAMixCountsForItsShare() {
        Motives half = Motives.mix(java.util.Map.of(Motive.COST, 0.4, Motive.PRESSURE, 0.4, Motive.MARKET, 0.8));
        for (long seed = 1; seed <= 5; seed++) {
            Collaboration c = started(Configs.defaults().partners(6).alternative(3).loyalty(0.2).motives(half), seed);
            for (int i = 0; i < STEPS && !c.ended(); i++) {
                c.schedule.step(c);
                Organisation o = c.organisations().get(0);
                assertThat(Round.scaleLost(c, o)).isEqualTo(0.25 * c.process().walkedAway(), org.assertj.core.data.Offset.offset(1e-12));
                assertThat(o.exitClosed()).isEqualTo(0.25 * Organisation.FACE, org.assertj.core.data.Offset.offset(1e-12));
                assertThat(Round.learned(c, o)).isZero();
            }
        }
    }

    @Test
    void aMixOfOneMotiveIsThatMotiveAndWeightsMustMakeSense() {
        assertThat(Motives.mix(java.util.Map.of(Motive.COST, 0.3, Motive.KNOWLEDGE, 0.0))).isEqualTo(Motives.only(Motive.COST));
        assertThat(Motives.only(Motive.PRESSURE).share(Motive.PRESSURE)).isEqualTo(1.0);
        assertThat(Motives.only(Motive.PRESSURE).share(Motive.COST)).isZero();
        assertThat(Motives.mix(java.util.Map.of(Motive.COST, 1.0, Motive.KNOWLEDGE, 1.0))).hasToString("cost 0.50, knowledge 0.50");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Motives.mix(java.util.Map.of(Motive.COST, 0.0)));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Motives.mix(java.util.Map.of(Motive.COST, 1.5, Motive.MARKET, 0.5)));
    }
}
