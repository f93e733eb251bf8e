package samen.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.IntPredicate;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Evolving ties ({@code collaboration.network: evolving_ties}): partners outside the core add a
 * contact through a partner they trust and drop a contact they have come to distrust. Seed 004's
 * relation checklist: "Wat zijn de sleutelpartijen en sleutelpersonen; wie kent wie?", "Aangaan van
 * betekenisvolle verbindingen met partners", "Verdiepen van relaties"; of a ring partner: "Valt goed
 * mee samen te werken"; Lewicki's quadrants ({@link LewickiQuadrant}).
 *
 * <p>After the round (and after {@link CoreGrowth}), on the step's state, in the scenario's order,
 * without random draws:
 * <ul>
 * <li><b>Dropped</b>: a pair outside the dense core (at least one side in the ring or the free space)
 * stops working together when one side sees the other in watchful contracting (trust low, vigilance
 * high: "je vingers natellen") with trust below where pairs start (the relation has soured, it did
 * not start there), as long as both keep another active contact, so nobody is cut off. A dropped pair
 * does not meet again through an introduction.
 * <li><b>Formed</b>: an active partner outside the core with fewer contacts than its cap, that works
 * in unhindered collaboration (trust high, vigilance low, both ways: "gaan met die banaan") with a
 * partner, is introduced by the one of those it trusts most to the contact that partner trusts most
 * in unhindered collaboration and does not work with yet (also below its cap): triadic closure
 * through trust. At most one new tie per partner per step. When partners name the kinds they bring, a
 * partner that lacks a kind first asks all the contacts it trusts so for one that brings it ({@link Seeking}).
 * </ul>
 * A partner's cap is the contacts it started with plus {@code collaboration.contacts} k (what the
 * scenario gives a ring partner on its themes): it can keep up as many again as a ring partner has,
 * so degrees stay O(k) and a step O(n·k) (plus the introducer's contacts). New ties start where pairs
 * who never worked together stand ({@link Relations#rewire}). One {@code tie_formed} or
 * {@code tie_dropped} event per tie, saying why. docs/MODEL.md §7.21; claim test
 * {@code TieChangeClaimsTest}.
 */
final class TieChange implements Steppable {

    private static final long serialVersionUID = 1L;

    /** Each partner's most contacts: those it started with plus the scenario's contacts on themes. */
    private final int[] cap;
    /** Pairs that stopped working together, as {@code low × n + high}: they are not introduced again. */
    private final Set<Long> dropped = new HashSet<>();
    /** Whether some partner names a kind it brings: only then does a partner seek what it lacks ({@link Seeking}). */
    private final boolean kindsNamed;

    TieChange(Network start, int contacts, boolean kindsNamed) {
        this.kindsNamed = kindsNamed;
        cap = new int[start.size()];
        for (int i = 0; i < cap.length; i++) cap[i] = start.degree(i) + contacts;
    }

    @Override
    public void step(SimState state) {
        Collaboration c = (Collaboration) state;
        if (c.ended()) return;
        Relations relations = c.relations();
        Network network = relations.network();
        boolean[] active = c.activeMask();
        int[] contacts = new int[network.size()];
        for (Organisation o : c.activeOrganisations()) {
            for (int s = network.from(o.index()); s < network.to(o.index()); s++) if (active[network.target(s)]) contacts[o.index()]++;
        }
        List<int[]> drop = drops(c, contacts);
        List<int[]> form = introductions(c, contacts);
        if (drop.isEmpty() && form.isEmpty()) return;
        relations.rewire(network.with(form, drop));
        c.tiesChanged();
    }

    /** Soured pairs outside the dense core, each once (the lower index first); updates {@code contacts}. */
    private List<int[]> drops(Collaboration c, int[] contacts) {
        Relations relations = c.relations();
        Network network = relations.network();
        boolean[] active = c.activeMask();
        List<int[]> drop = new ArrayList<>();
        for (Organisation o : c.activeOrganisations()) {
            int a = o.index();
            for (int s = network.from(a); s < network.to(a); s++) {
                int b = network.target(s);
                if (b < a || !active[b] || dense(c, o, c.organisations().get(b))) continue;
                if (contacts[a] < 2 || contacts[b] < 2) continue;
                int by = soured(relations, a, b) ? a : soured(relations, b, a) ? b : -1;
                if (by < 0) continue;
                contacts[a]--;
                contacts[b]--;
                drop.add(new int[] {a, b});
                dropped.add(key(network.size(), a, b));
                int other = by == a ? b : a;
                c.log(EventKind.TIE_DROPPED, LewickiQuadrant.WATCHFUL_CONTRACTING.key(), c.organisations().get(by).name(),
                        String.format(Locale.ROOT, "stops working with %s: trust %.2f, vigilance %.2f", c.organisations().get(other).name(),
                                relations.trust(by, other), relations.vigilance(by, other)));
            }
        }
        return drop;
    }

    /** At most one introduction per active partner outside the core; updates {@code contacts}. */
    private List<int[]> introductions(Collaboration c, int[] contacts) {
        Relations relations = c.relations();
        Network network = relations.network();
        boolean[] active = c.activeMask();
        List<int[]> form = new ArrayList<>();
        Set<Long> formed = new HashSet<>();
        Seeking seeking = kindsNamed ? Seeking.offers(c, m -> contacts[m] < cap[m]) : null;
        for (Organisation o : c.activeOrganisations()) {
            int a = o.index();
            if (inCore(c, o) || contacts[a] >= cap[a]) continue;
            IntPredicate fits = m -> m != a && active[m] && contacts[m] < cap[m] && !network.contacts(a, m)
                    && !dropped.contains(key(network.size(), a, m)) && !formed.contains(key(network.size(), a, m));
            int lacks = seeking == null ? 0 : Seeking.lacks(c, a);
            int[] pair = lacks == 0 ? null : seeking.introduction(relations, active, a, lacks, fits);
            if (pair == null) pair = closure(relations, active, a, fits);
            if (pair == null) continue;
            int via = pair[0];
            int to = pair[1];
            int vouch = pair.length > 2 ? pair[2] : via;
            contacts[a]++;
            contacts[to]++;
            form.add(new int[] {a, to});
            formed.add(key(network.size(), a, to));
            String filled = filled(c.organisations().get(to).brings(), lacks);
            c.log(EventKind.TIE_FORMED, LewickiQuadrant.UNHINDERED_COLLABORATION.key(), o.name(),
                    String.format(Locale.ROOT, "%s, whom it trusts (%.2f), introduces it to %s, whom %s trusts (%.2f)%s",
                            c.organisations().get(via).name(), relations.trust(a, via), c.organisations().get(to).name(),
                            c.organisations().get(vouch).name(), relations.trust(vouch, to),
                            filled.isEmpty() ? "" : ", for the " + filled + " it lacks"));
        }
        return form;
    }

    /**
     * Triadic closure through trust: the introducer is the contact {@code a} trusts most in unhindered collaboration
     * both ways, and introduces the contact that {@code fits} it trusts most in unhindered collaboration; {@code {via, to}} or null.
     */
    private static int[] closure(Relations relations, boolean[] active, int a, IntPredicate fits) {
        Network network = relations.network();
        int via = mostTrusted(relations, active, a);
        if (via < 0) return null;
        int to = -1;
        double best = -1;
        for (int s = network.from(via); s < network.to(via); s++) {
            int m = network.target(s);
            if (!fits.test(m) || relations.quadrant(via, m) != LewickiQuadrant.UNHINDERED_COLLABORATION) continue;
            double t = relations.trust(via, m);
            if (t > best) {
                best = t;
                to = m;
            }
        }
        return to < 0 ? null : new int[] {via, to};
    }

    /** The active contact {@code a} and it both see in unhindered collaboration that {@code a} trusts most, or -1. */
    private static int mostTrusted(Relations relations, boolean[] active, int a) {
        Network network = relations.network();
        int via = -1;
        double best = -1;
        for (int s = network.from(a); s < network.to(a); s++) {
            int j = network.target(s);
            if (!Seeking.mutual(relations, active, a, j)) continue;
            double t = relations.trust(a, j);
            if (t > best) {
                best = t;
                via = j;
            }
        }
        return via;
    }

    /** {@code by} has come to distrust {@code of}: watchful contracting, trust below where pairs start. */
    private static boolean soured(Relations relations, int by, int of) {
        return relations.quadrant(by, of) == LewickiQuadrant.WATCHFUL_CONTRACTING && relations.trust(by, of) < relations.initialTrust();
    }

    /** Both in the strategic core, which stays dense ("Consensus over strategie en visie" needs everyone at one table). */
    private static boolean dense(Collaboration c, Organisation a, Organisation b) {
        return inCore(c, a) && inCore(c, b);
    }

    /** In the strategic core; under self-organising governance there is none ({@link Network#circles}). */
    private static boolean inCore(Collaboration c, Organisation o) {
        return o.circle() == Circle.CORE && c.governance() != Governance.SELF_ORGANISING;
    }

    /** The kinds of {@code brings} among those {@code lacks} names, as the event words them ({@code knowledge}, {@code finance and knowledge}); "" for none. */
    private static String filled(ResourceMix brings, int lacks) {
        StringJoiner kinds = new StringJoiner(" and ");
        for (Resource kind : brings.weights().keySet()) if ((lacks & (1 << kind.ordinal())) != 0) kinds.add(kind.key());
        return kinds.toString();
    }

    private static long key(int n, int a, int b) {
        return (long) Math.min(a, b) * n + Math.max(a, b);
    }
}
