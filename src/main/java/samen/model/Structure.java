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
 */
final class Structure implements Steppable {

    private static final long serialVersionUID = 1L;

    /** Weight of one procedure added or stripped: a quarter of the heaviest structure. */
    static final double PROCEDURE = 0.25;

    private final double adaptation;
    private double weight;
    private double balance;

    Structure(double weight, double adaptation) {
        this.weight = weight;
        this.adaptation = adaptation;
    }

    /** How heavy the structure is now, in [0,1]: every decision goes through it. */
    double weight() {
        return weight;
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
        balance = Math.max(-1, Math.min(1, balance + adaptation * (lack - stall)));
        if (balance >= 1 && weight < 1) {
            change(c, Math.min(1, weight + PROCEDURE), "added", "over-control or broken agreements");
        } else if (balance <= -1 && weight > 0) {
            change(c, Math.max(0, weight - PROCEDURE), "stripped", "decisions stall under the procedures");
        }
    }

    private void change(Collaboration c, double to, String how, String why) {
        c.conditions().restructure(to - weight);
        c.log(EventKind.RESTRUCTURED, how, "", String.format(Locale.ROOT, "%s: structure %.2f -> %.2f", why, weight, to));
        weight = to;
        balance = 0;
    }
}
