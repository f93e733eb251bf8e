package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.config.ModelConfig;

/** {@link Seeking}: with kinds named and evolving ties, a partner that lacks a kind is introduced to one that brings it. */
class SeekingTest {

    private static final Resource[] KINDS = {Resource.FINANCE, Resource.PRODUCTION, Resource.KNOWLEDGE, Resource.MARKET};

    /** Sixteen partners of a self-organising network, two contacts each, kinds in runs of four on the circle (or none). */
    @SuppressWarnings("unchecked")
    private static ModelConfig runs(boolean named) {
        Configs configs = Configs.defaults().partners(16).governance(Governance.SELF_ORGANISING).contacts(2)
                .network(NetworkChange.EVOLVING_TIES);
        if (named) {
            List<Resource>[] brings = new List[16];
            for (int i = 0; i < 16; i++) brings[i] = List.of(KINDS[i / 4]);
            configs.brings(brings);
        }
        return configs.build();
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
                assertThat(kind).as("the kind filled is not the seeker's own: %s", e).isNotEqualTo(seeker.brings().key());
                String to = e.detail().replaceAll(".*introduces it to (.+?), whom .*", "$1");
                assertThat(c.organisation(to).brings().key()).as("the partner met brings the kind: %s", e).isEqualTo(kind);
                filled++;
            }
            Network start = Network.of(runs(true));
            for (Organisation o : c.organisations()) assertThat(c.network().degree(o.index())).isBetween(1, start.degree(o.index()) + 2);
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
