package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Who works with whom (issue #11, item 3): symmetric, no self-ties, complete when everyone is in the core. */
class NetworkTest {

    @Property(tries = 200)
    void contactsAreSymmetricWithoutSelfTies(@ForAll("circles") List<Circle> circles, @ForAll @IntRange(max = 12) int contacts) {
        Network net = Network.of(circles, contacts, List.of());
        for (int a = 0; a < net.size(); a++) {
            int[] mine = net.contactsOf(a);
            for (int i = 0; i < mine.length; i++) {
                int b = mine[i];
                assertThat(b).isNotEqualTo(a);
                if (i > 0) assertThat(b).as("ascending").isGreaterThan(mine[i - 1]);
                assertThat(net.contacts(b, a)).as("%d-%d both ways", a, b).isTrue();
                int slot = net.slot(a, b);
                assertThat(net.target(slot)).isEqualTo(b);
                assertThat(net.target(net.reverse(slot))).isEqualTo(a);
            }
        }
    }

    @Property(tries = 200)
    void theCoreIsDenseTheRingHasItsContactsTheFreeSpaceOneTie(@ForAll("circles") List<Circle> circles,
                                                               @ForAll @IntRange(min = 1, max = 12) int contacts) {
        Network net = Network.of(circles, contacts, List.of());
        List<Integer> core = indices(circles, Circle.CORE);
        List<Integer> ring = indices(circles, Circle.RING);
        for (int a : core) {
            for (int b : core) if (a != b) assertThat(net.contacts(a, b)).isTrue();
        }
        int side = (contacts + 1) / 2;
        for (int r : ring) {
            int own = 0;
            for (int other : net.contactsOf(r)) if (circles.get(other) != Circle.FREE) own++;
            int expected = ring.size() <= contacts + 1 ? core.size() + ring.size() - 1
                    : Math.min(2 * side, ring.size() - 1) + (core.isEmpty() ? 0 : 1);
            assertThat(own).as("ring partner %d's contacts", r).isEqualTo(expected);
        }
        if (!core.isEmpty() || !ring.isEmpty()) {
            for (int f : indices(circles, Circle.FREE)) assertThat(net.degree(f)).as("free partner %d transacts with one partner", f).isEqualTo(1);
        }
    }

    @Property(tries = 50)
    void everyoneInTheCoreIsTheCompleteGraph(@ForAll @IntRange(min = 2, max = 40) int n, @ForAll @IntRange(max = 8) int contacts) {
        List<Circle> core = new ArrayList<>();
        for (int i = 0; i < n; i++) core.add(Circle.CORE);
        Network net = Network.of(core, contacts, List.of(new int[] {0, 1}));
        assertThat(net.complete()).isTrue();
        assertThat(net.slots()).isEqualTo(n * (n - 1));
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) assertThat(net.contacts(a, b)).isEqualTo(a != b);
        }
    }

    @Test
    void aSharedHistoryIsATie() {
        Network net = Network.of(List.of(Circle.RING, Circle.RING, Circle.RING, Circle.RING, Circle.RING, Circle.RING), 2,
                List.of(new int[] {0, 3}));
        assertThat(net.contacts(0, 3)).isTrue();
        assertThat(net.contacts(3, 0)).isTrue();
        assertThat(net.contacts(1, 4)).isFalse();
    }

    @Test
    void theNetworkGrowsAsNTimesK() {
        List<Circle> circles = new ArrayList<>();
        for (int i = 0; i < 2048; i++) circles.add(i < 8 ? Circle.CORE : Circle.RING);
        Network net = Network.of(circles, 8, List.of());
        assertThat(net.slots()).isLessThan(2048 * 12);
    }

    @Provide
    Arbitrary<List<Circle>> circles() {
        return Arbitraries.of(Circle.class).list().ofMinSize(2).ofMaxSize(30);
    }

    private static List<Integer> indices(List<Circle> circles, Circle c) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < circles.size(); i++) if (circles.get(i) == c) out.add(i);
        return out;
    }
}
