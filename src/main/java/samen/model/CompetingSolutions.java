package samen.model;

/**
 * Competing solutions in a self-organising network (seed 004, after van Wendel de Joode: *"4. Creëer
 * mogelijkheden voor het maken van concurrerende oplossingen"*). Within a module, a partner and the
 * partners it works with ({@link Collaboration#module()}), every partner puts {@link #RIVAL_WORK} of
 * its work into its own solution to the module's question; the best of the {@code n} is taken up and
 * the work goes on from it, the other {@code n − 1} are duplicated work. How much better the best is
 * than one taken at random depends on how far the solutions differ, and they differ as far as the
 * partners do (seed 003, *Diversiteit van de partijen*: *"De ander heeft iets te bieden dat jij minder
 * hebt"*; *"als je veel overeenkomsten hebt, is dat ook een basis voor competitie"*): alike partners
 * build the same solution twice. Draws nothing: the expected best of {@code n} (docs/MODEL.md §7.19,
 * claims in {@code CompetingSolutionsClaimsTest}).
 */
final class CompetingSolutions {

    /**
     * Share of its work a partner puts into its own rival solution: chosen, before measuring, so that
     * in the default's one module of six, at its diversity 0.2, the best solution pays for the
     * duplicated work (docs/MODEL.md §9; a reading, not a measurement).
     */
    static final double RIVAL_WORK = 0.15;

    private CompetingSolutions() {
    }

    /**
     * What the partners' work yields per unit against one solution worked out by all, {@code
     * (1 + δ_0·(n − 1)/(n + 1)) · (1 − RIVAL_WORK·(n − 1)/n)} for {@code n} partners per module and
     * the partners' diversity {@code δ_0}: the expected best of {@code n} solutions whose quality is
     * spread evenly over {@code [1 − δ_0, 1 + δ_0]}, times the share of the work not spent on the
     * solutions left aside. Exactly 1 under any other governance, and in a module of one.
     */
    static double yield(Collaboration c) {
        if (c.governance() != Governance.SELF_ORGANISING || c.activeCount() == 0) return 1;
        double rivals = c.module() * c.activeCount() - 1;
        return best(c.difference(), rivals) * (1 - RIVAL_WORK * rivals / (rivals + 1));
    }

    /** The expected quality of the best of {@code rivals + 1} solutions spread evenly over {@code [1 − spread, 1 + spread]}. */
    static double best(double spread, double rivals) {
        return 1 + spread * rivals / (rivals + 2);
    }
}
