package samen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * An evolving network ({@code collaboration.network: evolving}): a ring partner that has earned its
 * place moves into the strategic core. Seed 004, the principles of self-organising networks: "Stel
 * geen grenzen; ze worden bepaald door de waarde die iemand toevoegt" (set no boundaries; they are
 * set by the value someone adds), and the core partners "Hebben collectieve visie" and "Bepalen samen
 * de spelregels": whom they let in is whom they trust.
 *
 * <p>After the round, an active ring partner {@code r} moves into the core when both hold:
 * <ul>
 * <li>it has added value: all it has brought so far is at least the mean of what the active core
 * partners have brought;
 * <li>the core trusts it: it works with at least one active core partner, and every active core
 * partner it works with sees it in unhindered collaboration (trust high, vigilance low: "gaan met
 * die banaan", {@link LewickiQuadrant}).
 * </ul>
 * It then works with every core partner (the core is dense, {@link Network}), decides at the gates
 * and sets the rules ({@link Circle#decides}); its new ties start where partners who never worked
 * together stand ({@link Relations#rewire}). Both tests are taken on the step's state before anyone
 * moves, in the scenario's order, without random draws. A free-space partner does not move ("Geen
 * langdurige wederzijdse verplichtingen"); under self-organising governance there is no core to
 * move into. docs/MODEL.md §7.21; claim test {@code NetworkChangeClaimsTest}.
 */
final class CoreGrowth implements Steppable {

    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Collaboration c = (Collaboration) state;
        if (c.ended() || c.governance() == Governance.SELF_ORGANISING) return;
        double brought = 0;
        int core = 0;
        for (Organisation o : c.activeOrganisations()) {
            if (o.circle() != Circle.CORE) continue;
            brought += o.brought();
            core++;
        }
        if (core == 0) return;
        double bar = brought / core;
        List<Organisation> earned = new ArrayList<>();
        for (Organisation o : c.activeOrganisations()) {
            if (o.circle() == Circle.RING && o.brought() >= bar && trustedByCore(c, o)) earned.add(o);
        }
        if (!earned.isEmpty()) moveIntoCore(c, earned, bar);
    }

    /** Whether it works with an active core partner and every active core partner it works with sees it in unhindered collaboration. */
    private static boolean trustedByCore(Collaboration c, Organisation ring) {
        Relations relations = c.relations();
        Network network = relations.network();
        boolean[] active = c.activeMask();
        boolean any = false;
        for (int slot = network.from(ring.index()); slot < network.to(ring.index()); slot++) {
            int other = network.target(slot);
            if (!active[other] || c.organisations().get(other).circle() != Circle.CORE) continue;
            if (relations.quadrant(other, ring.index()) != LewickiQuadrant.UNHINDERED_COLLABORATION) return false;
            any = true;
        }
        return any;
    }

    /** They all move in at once: each works with every core partner, old or new; one new network for the step. */
    private static void moveIntoCore(Collaboration c, List<Organisation> earned, double bar) {
        for (Organisation o : earned) o.moveIntoCore();
        List<int[]> ties = new ArrayList<>();
        for (Organisation o : earned) {
            for (Organisation core : c.organisations()) {
                if (core.circle() == Circle.CORE) ties.add(new int[] {o.index(), core.index()});
            }
        }
        Relations relations = c.relations();
        relations.rewire(relations.network().with(ties, List.of()));
        c.coreChanged();
        for (Organisation o : earned) {
            c.log(EventKind.MOVED_INTO_CORE, Circle.RING.key(), o.name(), String.format(Locale.ROOT,
                    "it brought %.1f (the core %.1f on average) and the core partners it works with trust it", o.brought(), bar));
        }
    }
}
