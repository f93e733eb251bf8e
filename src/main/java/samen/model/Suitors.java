package samen.model;

import java.io.Serializable;

/**
 * What the candidates outside the table ({@code joins: invited} or {@code sought}) have heard the
 * collaboration would give them. A candidate judges its own likely share, not the collaboration's
 * average: what a partner of its capacity and power would take under the split the partners have,
 * per unit it would bring ({@link Round#relativeTake}; seed 004: "wie investeert wat hoe delen we de
 * meerwaarde", partner fit: "Relatieve onderhandelingsmacht"). It hears of it through the partners at
 * the table it knows (seed 004, verkennen: "Wat zijn de sleutelpartijen en sleutelpersonen; wie kent
 * wie?", "Verkennen relationele netwerken in relatie tot de ambitie van de samenwerking"), and
 * slowly: "Het is hard werken om steeds beter te merken wat het potentieel is van de samenwerking"
 * (seed 000). Its picture moves towards what it would take as the partners' own recent account moves
 * ({@link Organisation#accountWeight}), in proportion to the voices it hears: the partners at the
 * table it works with, plus the collaboration's visible results as one more ("iedereen die iets merkt
 * van de resultaten van de samenwerking", seed 000). A candidate that knows nobody at the table
 * hears of the success later. No random draw: docs/MODEL.md §7.17.
 */
final class Suitors implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Each candidate's picture of what it would take per unit brought, by index; 0 before it heard anything. */
    private double[] heard;

    /**
     * Every candidate not yet at the table hears this step's news: its picture moves towards {@code
     * yield · s_c/q_c}, what the collaboration created per unit brought last step times its own
     * relative take, at the pace of the voices it hears.
     */
    void listen(Collaboration c, double yield) {
        if (heard == null) heard = new double[c.organisations().size()];
        for (Organisation o : c.organisations()) {
            if (!o.pending() || o.joins() == Joining.PLANNED) continue;
            double take = yield * Round.relativeTake(c, o);
            heard[o.index()] += pace(c, o) * (take - heard[o.index()]);
        }
    }

    /** What candidate {@code o} has heard it would take per unit brought. */
    double heard(Organisation o) {
        return heard[o.index()];
    }

    /**
     * {@code ā · (m + 1)/(k + 1)}: the recent account's weight, times the share of the voices it hears,
     * the {@code m} of the {@code k} partners at the table it works with ({@link Network}) and the results.
     */
    private static double pace(Collaboration c, Organisation o) {
        int known = 0;
        for (Organisation p : c.activeOrganisations()) {
            if (c.network().contacts(o.index(), p.index())) known++;
        }
        return Organisation.accountWeight(c.phaseDuration()) * (known + 1) / (c.activeCount() + 1);
    }
}
