package samen.model;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Seeking what a partner lacks (issue #11, item 3): with evolving ties ({@link TieChange}) and kinds of
 * resource named ({@code organisations.*.brings}), an introduction fills a gap where it can. Seed 003 §2:
 * "De ander heeft iets te bieden dat jij minder hebt" (the other has something to offer that you have less
 * of); seed 004: the ring "Vult 'gaten' in processen, doelgroepen of sleutel-activiteiten" (fills gaps),
 * and the relation checklist's "Wat zijn de sleutelpartijen en sleutelpersonen; wie kent wie?" and
 * "Verkennen relationele netwerken in relatie tot de ambitie van de samenwerking" (explore relational
 * networks with the collaboration's ambition in mind).
 *
 * <p>A partner lacks a kind that neither it nor any of its active contacts brings (with any share of its capacity,
 * {@link ResourceMix}: a partner that brings several kinds offers each). It asks every contact it
 * works with in unhindered collaboration (both ways) whom that contact knows, not only the one it trusts
 * most: an introducer offers, for each kind, the contact it trusts most in unhindered collaboration that
 * brings it, and for a kind it has no such contact for passes the question on once, to the contact it
 * trusts most (both ways) that has such an offer (the seed's relational networks are more than a partner's
 * own contacts; without the relay no introduction reached beyond neighbours' neighbours before the caps
 * filled). The partner takes the offer of a kind it lacks from the introducer it trusts most, and of that
 * introducer's offers the one whose voucher trusts the offered partner most; when no offer fills a gap,
 * the introduction is the one it would make without kinds. Still only through whom it trusts: a new
 * contact becomes, once trusted, an introducer of its own contacts, so a gap further away is reached step
 * by step. The offers are read once at the start of the pass, so the pass stays O(n·k·K) for K kinds.
 * docs/MODEL.md §7.21, claim test {@code SeekingClaimsTest}.
 */
final class Seeking {

    /** For each partner and kind, the partner it can introduce that brings the kind; −1 for none. */
    private final int[][] offer;
    /** For each partner and kind, who trusts the offered partner: the partner itself, or the contact it passed the question to. */
    private final int[][] vouch;

    private Seeking(int[][] offer, int[][] vouch) {
        this.offer = offer;
        this.vouch = vouch;
    }

    /**
     * Each active partner's offers on the step's state, among the active partners that are {@code open} (below
     * their cap): for each kind, the contact it trusts most in unhindered collaboration that brings it; for a
     * kind none of its contacts brings, the offer of the contact it asks (the one it trusts most among those
     * it works with in unhindered collaboration both ways that have one).
     */
    static Seeking offers(Collaboration c, IntPredicate open) {
        Relations relations = c.relations();
        Network network = relations.network();
        boolean[] active = c.activeMask();
        int n = network.size();
        int[][] direct = new int[n][];
        for (Organisation o : c.activeOrganisations()) {
            int j = o.index();
            int[] best = new int[Resource.KINDS];
            Arrays.fill(best, -1);
            for (int s = network.from(j); s < network.to(j); s++) {
                int m = network.target(s);
                ResourceMix brings = c.organisations().get(m).brings();
                if (!brings.named() || !active[m] || !open.test(m)
                        || relations.quadrant(j, m) != LewickiQuadrant.UNHINDERED_COLLABORATION) continue;
                for (Resource kind : brings.weights().keySet()) {
                    int k = kind.ordinal();
                    if (best[k] < 0 || relations.trust(j, m) > relations.trust(j, best[k])) best[k] = m;
                }
            }
            direct[j] = best;
        }
        int[][] offer = new int[n][];
        int[][] vouch = new int[n][];
        for (Organisation o : c.activeOrganisations()) {
            int j = o.index();
            offer[j] = direct[j].clone();
            vouch[j] = new int[Resource.KINDS];
            Arrays.fill(vouch[j], j);
            double[] asked = new double[Resource.KINDS];
            Arrays.fill(asked, -1);
            for (int s = network.from(j); s < network.to(j); s++) {
                int l = network.target(s);
                if (!mutual(relations, active, j, l)) continue;
                double t = relations.trust(j, l);
                for (int k = 0; k < Resource.KINDS; k++) {
                    int m = direct[l][k];
                    if (direct[j][k] >= 0 || m < 0 || m == j || !(t > asked[k])) continue;
                    offer[j][k] = m;
                    vouch[j][k] = l;
                    asked[k] = t;
                }
            }
        }
        return new Seeking(offer, vouch);
    }

    /**
     * The kinds neither {@code a} nor an active contact of it brings, as a bit set over {@link Resource#ordinal}: a
     * partner that brings a kind with any share, however small, covers it.
     */
    static int lacks(Collaboration c, int a) {
        Network network = c.relations().network();
        boolean[] active = c.activeMask();
        int has = c.organisations().get(a).brings().kinds();
        for (int s = network.from(a); s < network.to(a); s++) {
            int j = network.target(s);
            if (active[j]) has |= c.organisations().get(j).brings().kinds();
        }
        return ~has & ((1 << Resource.KINDS) - 1);
    }

    /**
     * The introduction {@code {via, to, vouch}} that fills one of the gaps {@code lacks} of {@code a}: from the
     * active contact that {@code a} and it both see in unhindered collaboration that {@code a} trusts most among
     * those with an offer that {@code fits} (not {@code a}'s contact, below its cap, not dropped, not yet
     * introduced), the offer its voucher trusts most; {@code null} when there is none. Among introducers trusted
     * alike the better offer wins; full ties go to the first in scenario order and kind order.
     */
    int[] introduction(Relations relations, boolean[] active, int a, int lacks, IntPredicate fits) {
        Network network = relations.network();
        int[] best = null;
        double viaTrust = -1;
        double toTrust = -1;
        for (int s = network.from(a); s < network.to(a); s++) {
            int j = network.target(s);
            if (!mutual(relations, active, a, j) || offer[j] == null) continue;
            double tj = relations.trust(a, j);
            if (tj < viaTrust) continue;
            for (int k = 0; k < Resource.KINDS; k++) {
                int m = offer[j][k];
                if ((lacks & (1 << k)) == 0 || m < 0 || !fits.test(m)) continue;
                double tm = relations.trust(vouch[j][k], m);
                if (tj > viaTrust || tm > toTrust) {
                    best = new int[] {j, m, vouch[j][k]};
                    viaTrust = tj;
                    toTrust = tm;
                }
            }
        }
        return best;
    }

    /** {@code a} and {@code b} are active and see each other in unhindered collaboration: whom a partner asks. */
    static boolean mutual(Relations relations, boolean[] active, int a, int b) {
        return active[a] && active[b] && relations.quadrant(a, b) == LewickiQuadrant.UNHINDERED_COLLABORATION
                && relations.quadrant(b, a) == LewickiQuadrant.UNHINDERED_COLLABORATION;
    }
}
