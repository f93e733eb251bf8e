package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import samen.model.config.ModelConfig;

/** {@link Seeking}: with kinds named and evolving ties, a partner that lacks a kind is introduced to one that brings it. */
class SeekingTest {

    private static final Resource[] KINDS = {Resource.FINANCE, Resource.PRODUCTION, Resource.KNOWLEDGE, Resource.MARKET};

    /** Sixteen partners of a self-organising network, two contacts each, kinds in runs of four on the circle (or none). */
    @SuppressWarnings("unchecked")
    private static ModelConfig runs(boolean named) {
        Configs configs = circle();
        if (named) {
            List<Resource>[] brings = new List[16];
            for (int i = 0; i < 16; i++) brings[i] = List.of(KINDS[i / 4]);
            configs.brings(brings);
        }
        return configs.build();
    }

    /** As {@link #runs}, each partner bringing its run's kind for most of its capacity and the next run's for a little. */
    private static ModelConfig mixedRuns() {
        ResourceMix[] brings = new ResourceMix[16];
        for (int i = 0; i < 16; i++) brings[i] = ResourceMix.mix(Map.of(KINDS[i / 4], 0.9, KINDS[(i / 4 + 1) % 4], 0.1));
        return circle().bringing(brings).build();
    }

    private static Configs circle() {
        return Configs.defaults().partners(16).governance(Governance.SELF_ORGANISING).contacts(2).network(NetworkChange.EVOLVING_TIES);
    }

    private static Collaboration run(ModelConfig config, long seed) {
        Collaboration c = new Collaboration(seed, config);
        c.start();
        for (int i = 0; i < 200 && !c.ended(); i++) c.schedule.step(c);
        return c;
    }

    private static List<Event> filling(Collaboration c) {
        return c.events().stream().filter(e -> e.kind() == EventKind.TIE_FORMED && e.detail().endsWith("it lacks")).toList();
    }

    @Test
    void aPartnerThatLacksAKindIsIntroducedToOneThatBringsIt() {
        int filled = 0;
        for (long seed = 0; seed < 4; seed++) {
            Collaboration c = run(runs(true), seed);
            for (Event e : filling(c)) {
                Organisation seeker = c.organisation(e.subject());
                String kind = e.detail().replaceAll(".*, for the (\\w+) it lacks$", "$1");
                assertThat(kind).as("the kind filled is not the seeker's own: %s", e).isNotEqualTo(seeker.brings().toString());
                String to = e.detail().replaceAll(".*introduces it to (.+?), whom .*", "$1");
                assertThat(c.organisation(to).brings().toString()).as("the partner met brings the kind: %s", e).isEqualTo(kind);
                filled++;
            }
            Network start = Network.of(runs(true));
            for (Organisation o : c.organisations()) assertThat(c.network().degree(o.index())).isBetween(1, start.degree(o.index()) + 2);
        }
        assertThat(filled).as("introductions that filled a gap over four runs").isPositive();
    }

    /**
     * A partner that brings a kind with any share, however small, covers it, for itself and for its contacts; and it is
     * offered for each kind it brings: an introduction fills only kinds the seeker lacked, with a partner that brings them.
     */
    @Test
    void aKindBroughtInAMixIsNotLackedAndIsOffered() {
        ResourceMix little = ResourceMix.mix(Map.of(Resource.PRODUCTION, 0.9, Resource.KNOWLEDGE, 0.1));
        Collaboration c = new Collaboration(1, Configs.defaults().partners(3).bringing(little, ResourceMix.only(Resource.FINANCE),
                ResourceMix.NONE).build());
        c.start();
        assertThat(Seeking.lacks(c, 2)).isEqualTo(1 << Resource.MARKET.ordinal());
        int filled = 0;
        for (long seed = 0; seed < 4; seed++) {
            Collaboration run = run(mixedRuns(), seed);
            for (Event e : filling(run)) {
                ResourceMix seeker = run.organisation(e.subject()).brings();
                ResourceMix met = run.organisation(e.detail().replaceAll(".*introduces it to (.+?), whom .*", "$1")).brings();
                for (String kind : e.detail().replaceAll(".*, for the (.+) it lacks$", "$1").split(" and ")) {
                    Resource k = Resource.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
                    assertThat(seeker.share(k)).as("the seeker did not bring it: %s", e).isZero();
                    assertThat(met.share(k)).as("the partner met brings it: %s", e).isPositive();
                }
                filled++;
            }
        }
        assertThat(filled).as("introductions that filled a gap over four runs").isPositive();
    }

    @Test
    void withoutKindsNoIntroductionFillsAGap() {
        for (long seed = 0; seed < 4; seed++) {
            Collaboration c = run(runs(false), seed);
            assertThat(c.events().stream().filter(e -> e.kind() == EventKind.TIE_FORMED).count()).isPositive();
            assertThat(filling(c)).isEmpty();
        }
    }
}
