package samen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Operational fit ({@link Complementarity}): the surplus realised as far as the kinds at the table complement each other. */
class ComplementarityTest {

    private static final double SCENARIO = 1.125 * (1 + 0.5 * 0.2);
    private static final List<Resource> ANY = List.of(Resource.FINANCE, Resource.PRODUCTION, Resource.KNOWLEDGE, Resource.MARKET);

    private static Collaboration started(Configs configs, long seed) {
        Collaboration c = new Collaboration(seed, configs.build());
        c.start();
        return c;
    }

    @Test
    void whereNobodyNamesAKindTheSynergyIsTheScenarios() {
        Collaboration c = started(Configs.defaults().brings(List.of(), List.of(Resource.NONE)), 5);
        for (int i = 0; i < 150 && !c.ended(); i++) {
            c.schedule.step(c);
            assertThat(c.synergy()).isEqualTo(SCENARIO);
        }
    }

    @Test
    void aTableOfOneKindCreatesPerUnitWhatThePartsWould() {
        Collaboration c = started(Configs.defaults().brings(List.of(Resource.KNOWLEDGE)), 5);
        assertThat(Complementarity.mix(c)).isZero();
        assertThat(c.synergy()).isEqualTo(1.0);
    }

    /** Equal capacities: two kinds in halves give M = (1 − 1/2)/(1 − 1/4) = 2/3, four kinds evenly M = 1; a partner naming none is left out. */
    @Test
    void theMixIsTheNormalisedBlauIndexOfCapacityByKind() {
        Collaboration two = started(Configs.defaults().partners(4).brings(List.of(Resource.FINANCE), List.of(Resource.MARKET),
                List.of(Resource.FINANCE), List.of(Resource.MARKET)), 5);
        assertThat(Complementarity.mix(two)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(two.synergy()).isCloseTo(1 + (SCENARIO - 1) * 2 / 3, within(1e-12));
        Collaboration four = started(Configs.defaults().partners(5).brings(List.of(Resource.FINANCE), List.of(Resource.PRODUCTION),
                List.of(Resource.KNOWLEDGE), List.of(Resource.MARKET), List.of()), 5);
        assertThat(Complementarity.mix(four)).isCloseTo(1, within(1e-12));
        assertThat(four.synergy()).isCloseTo(SCENARIO, within(1e-12));
    }

    /**
     * A partner that brings several kinds adds its capacity times each kind's share to that kind: with equal capacities,
     * half production and half knowledge beside a partner of production gives shares 3/4 and 1/4, M = (1 − 5/8)/(3/4) = 1/2;
     * one partner spreading its capacity evenly over the four kinds is a fully complementary table by itself.
     */
    @Test
    void aPartnerBringingAMixAddsItsCapacityToEachKindBySharesOfIt() {
        ResourceMix half = ResourceMix.mix(Map.of(Resource.PRODUCTION, 0.5, Resource.KNOWLEDGE, 0.5));
        Collaboration two = started(Configs.defaults().partners(2).bringing(half, ResourceMix.only(Resource.PRODUCTION)), 5);
        assertThat(Complementarity.mix(two)).isCloseTo(0.5, within(1e-12));
        ResourceMix even = ResourceMix.mix(Map.of(Resource.FINANCE, 1.0, Resource.PRODUCTION, 1.0, Resource.KNOWLEDGE, 1.0, Resource.MARKET, 1.0));
        Collaboration spread = started(Configs.defaults().partners(3).bringing(even, ResourceMix.NONE), 5);
        assertThat(Complementarity.mix(spread)).isCloseTo(1, within(1e-12));
        // Weights scale to shares: 3 to 1 is 0.6 to 0.2.
        Collaboration scaled = started(Configs.defaults().partners(2).bringing(
                ResourceMix.mix(Map.of(Resource.PRODUCTION, 0.6, Resource.MARKET, 0.2)), ResourceMix.only(Resource.MARKET)), 5);
        double p = 0.75 / 2;
        assertThat(Complementarity.mix(scaled)).isCloseTo((1 - p * p - (1 - p) * (1 - p)) / 0.75, within(1e-12));
    }

    /** One kind alone, however written, is exactly that kind: its whole capacity in one kind, bit for bit. */
    @Test
    void aMixOfOneKindIsThatKind() {
        assertThat(ResourceMix.mix(Map.of(Resource.FINANCE, 0.3, Resource.MARKET, 0.0))).isEqualTo(ResourceMix.only(Resource.FINANCE));
        assertThat(ResourceMix.only(Resource.FINANCE).share(Resource.FINANCE)).isEqualTo(1.0);
        assertThat(ResourceMix.only(Resource.NONE)).isEqualTo(ResourceMix.NONE);
        assertThat(ResourceMix.NONE.named()).isFalse();
    }

    /** A draw is the seed's: the same seed the same table, other seeds other tables. */
    @Test
    void aKindLeftToTheSeedIsDrawnPerSeedAndReproducibly() {
        Set<List<ResourceMix>> tables = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            List<ResourceMix> table = started(Configs.defaults().brings(ANY), seed).organisations().stream().map(Organisation::brings).toList();
            assertThat(started(Configs.defaults().brings(ANY), seed).organisations()).extracting(Organisation::brings).isEqualTo(table);
            tables.add(table);
        }
        assertThat(tables).hasSizeGreaterThan(10);
    }

    /** §7.3: the mix, a relational rent and a self-organising network's retained share scale the surplus one after the other. */
    @Test
    void theMixComposesWithARelationalRentAndWhatASelfOrganisingNetworkRetains() {
        Collaboration c = started(Configs.defaults().brings(ANY).relationalRent(1).governance(Governance.SELF_ORGANISING), 5);
        for (int i = 0; i < 100 && !c.ended(); i++) {
            c.schedule.step(c);
            assertThat(c.synergy()).isCloseTo(1 + (SCENARIO - 1) * Complementarity.mix(c) * RelationalRent.quality(c) * c.retained(),
                    within(1e-12));
        }
    }
}
