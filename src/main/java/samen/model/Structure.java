package samen.model;

import java.util.Locale;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The formal structure, and how the partners adapt it to the work ({@code collaboration.adaptation};
 * seed 002, advice 1: "Start gewoon met kleine initiatieven en laat die uitgroeien"; advice 6:
 * "Aanpassing aan omstandigheden is heel belangrijk. Pas de vorm aan op de inhoud"). The structure
 * laid down at the start ({@code collaboration.structure}) anchors organisation ({@link Conditions})
 * and costs tempo ({@link Process}); with adaptation 0 it stays as it was laid down.
 *
 * <p>Adapting, the partners read two signals of the monitor (seed 003 §5.4, "Monitor de
 * samenwerking aan de hand van de condities") and weigh them on one balance, decisiveness against
 * support (seed 003 §5.3: "Er moet een gezonde balans zijn tussen daadkracht en draagvlak"). Where
 * the lack of organisation shows, partners over-controlling or agreements broken (the worse of the
 * organisation indicators {@code structure} and {@code agreements_kept}; seed 003 §4.4), the balance
 * tips towards a procedure more; where decisions stall under procedures (one minus the
 * {@code decisiveness} indicator, as far as the structure takes tempo away; seed 003 §5.3,
 * "Analysis paralysis"), towards one less:
 * {@code balance += adaptation × (lack − (1 − momentum) × STRUCTURE_SLOWDOWN × structure)}. At +1 the
 * partners add a procedure ({@link #PROCEDURE} more structure, organisation raised and anchored as
 * much); at −1 they strip one (the anchor lowered as much, the level left to decay to it). Each
 * change resets the balance. Nothing is drawn: the random stream is the same whatever the pace.
 * Claim test: {@code AdaptiveStructureClaimsTest}.
 *
 * <p>A change of form has a price ({@link #change}). What was ingrained is unsettled: where there are
 * "nog geen ingesleten procedures en routines" consultation works badly, with "een voortdurende
 * spraakverwarring hoe er samengewerkt moet worden" (seed 003 §3.4), so the routine that takes over
 * part of the meeting cost ({@code Round.ROUTINE}) is back at nothing and ingrains again over one
 * phase's worth of steps, as a new representative settles in. And where the partners hold the rules of
 * the game, a change of form is *"tussentijdse wijziging van de spelregels"* (seed 004, De Bruijn &amp;
 * ten Heuvelhof): each partner whose own signal did not ask for it takes it as a forced renegotiation
 * of the rules, weighed by how firmly it holds them. The partners weigh that price before they pay
 * it ({@link #outweighs}): when the balance tips, the change goes ahead only if what it answers
 * outweighs what it costs; otherwise the balance stays tipped and they weigh again the next step.
 * Claim test: {@code ReformPriceClaimsTest}.
 */
final class Structure implements Steppable {

    private static final long serialVersionUID = 1L;

    /** Weight of one procedure added or stripped: a quarter of the heaviest structure. */
    static final double PROCEDURE = 0.25;

    private final double adaptation;
    private double weight;
    private double balance;
    /** The step from which the way of working is ingrained again after the last change of form; 0 before any. */
    private long ingrainedAt;

    Structure(double weight, double adaptation) {
        this.weight = weight;
        this.adaptation = adaptation;
    }

    /** How heavy the structure is now, in [0,1]: every decision goes through it. */
    double weight() {
        return weight;
    }

    /**
     * How far the way of working is ingrained at {@code step}, in [0,1]: 1 until the structure first
     * changes, then 0 at the change and back to 1 after one phase's worth of steps, as a new
     * representative settles in ({@link Organisation#settled}).
     */
    double ingrained(long step, int phaseDuration) {
        return step >= ingrainedAt ? 1 : 1 - (double) (ingrainedAt - step) / phaseDuration;
    }

    /** The balance between adding and stripping a procedure, in [−1,1]; 0 when the structure is fixed. */
    double balance() {
        return balance;
    }

    @Override
    public void step(SimState state) {
        if (adaptation == 0) return;
        Collaboration c = (Collaboration) state;
        if (c.activeCount() == 0) return;
        double lack = 1 - Math.min(Indicator.ORGANISATION_STRUCTURE.measure(c), Indicator.ORGANISATION_AGREEMENTS_KEPT.measure(c));
        double stall = (1 - c.momentum()) * Process.STRUCTURE_SLOWDOWN * weight;
        double signal = lack - stall;
        balance = Math.max(-1, Math.min(1, balance + adaptation * signal));
        if (balance >= 1 && weight < 1) {
            double to = Math.min(1, weight + PROCEDURE);
            if (outweighs(c, signal, to)) change(c, to, "added", "over-control or broken agreements");
        } else if (balance <= -1 && weight > 0) {
            double to = Math.max(0, weight - PROCEDURE);
            if (outweighs(c, -signal, to)) change(c, to, "stripped", "decisions stall under the procedures");
        }
    }

    /**
     * Whether what the change of form to {@code to} is expected to bring outweighs its price, both in
     * the monitor's unit, a share of the table for a step (seed 004: "Geen tussentijdse wijziging van
     * de spelregels"; seed 003 §5.3, decisiveness weighed against support). It brings the end of the
     * signal it answers, read this step ({@code need}), for the phase's worth of steps the new form
     * takes to settle. It costs the routine of the new form while it ingrains (the share of consulting
     * it takes over, back at nothing and ingrained again over that phase: (D + 1)/2 steps of it in all;
     * seed 003 §3.4, "nog geen ingesleten procedures en routines") and, where the partners hold the
     * rules, the share of the table that did not ask for it, weighed by the norms, as the monitor
     * counts a forced renegotiation ({@link Indicator#ORGANISATION_AGREEMENTS_KEPT}). Drawn: nothing.
     */
    boolean outweighs(Collaboration c, double need, double to) {
        int d = c.phaseDuration();
        double anchoredAfter = Math.max(0, Math.min(1, c.conditions().anchored(Condition.ORGANISATION) + to - weight));
        double unsettled = Round.ROUTINE * anchoredAfter * (d + 1) / 2.0;
        boolean added = to > weight;
        int unasked = 0;
        for (Organisation o : c.activeOrganisations()) {
            if (!asked(o, added)) unasked++;
        }
        double breach = c.norms() * unasked / c.activeCount();
        return need * d > unsettled + breach;
    }

    /**
     * Whether {@code o}'s own signal asked for the change: a partner that over-controls asked for a
     * procedure more and not for one less, a partner that does not the other way round ("achten hun
     * belangen niet in goede handen", seed 003 §4.4).
     */
    private static boolean asked(Organisation o, boolean added) {
        return o.controlling() == added;
    }

    private void change(Collaboration c, double to, String how, String why) {
        c.conditions().restructure(to - weight);
        c.log(EventKind.RESTRUCTURED, how, "", String.format(Locale.ROOT, "%s: structure %.2f -> %.2f", why, weight, to));
        ingrainedAt = c.step() + 1 + c.phaseDuration();
        if (c.norms() > 0) changeTheRules(c, to > weight);
        weight = to;
        balance = 0;
    }

    /**
     * The rules changed midway: each partner that did not ask ({@link #asked}) has a bad experience of
     * every partner it works with, of a forced renegotiation's sting weighed by the norms: expected,
     * not drawn, since everyone sees the change of form.
     */
    static void changeTheRules(Collaboration c, boolean added) {
        double breach = c.norms() * Opportunism.FORCED_RENEGOTIATION.sting();
        Relations relations = c.relations();
        Network network = relations.network();
        boolean[] mask = c.activeMask();
        for (Organisation o : c.activeOrganisations()) {
            if (asked(o, added)) continue;
            for (int slot = network.from(o.index()); slot < network.to(o.index()); slot++) {
                if (mask[network.target(slot)]) relations.bad(slot, breach);
            }
        }
    }
}
