package samen.model;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Settles one step of bringing and taking ("halen en brengen", seed 004): pools what the partners
 * brought, creates value from it, splits the pot, and lets every partner experience every other.
 * Runs after all organisations have decided, so the order in which they decided does not matter.
 */
final class Round implements Steppable {

    private static final long serialVersionUID = 1L;

    /** An opportunist claims this much more of the weight that power gives (violation). */
    static final double GRAB = 0.5;
    /** A partner taking this much more than its perceived fair share is noticed as unfair. */
    static final double UNFAIR_MARGIN = 0.25;
    /** How far unexplored interests weigh on the organisational interest, scaled by the phase's intensity. */
    static final double LATENT_CONFLICT = 0.5;

    private double valueCreated;
    private double cumulativeValue;
    private double totalContribution;
    private int opportunisticActs;

    @Override
    public void step(SimState state) {
        Collaboration c = (Collaboration) state;
        List<Organisation> active = c.activeOrganisations();
        Phase phase = c.phase();
        double influence = c.influence();

        totalContribution = 0;
        opportunisticActs = 0;
        for (Organisation o : active) {
            totalContribution += o.contribution();
            if (o.opportunistic()) opportunisticActs++;
        }
        // Together more than each alone (seed 003 §2: "samen meer bereiken dan iedere partij alleen").
        valueCreated = c.synergy() * phase.productivity() * totalContribution;
        cumulativeValue += valueCreated;

        int k = active.size();
        double[] share = new double[k];
        double[] contributionShare = new double[k];
        double weights = 0;
        for (int a = 0; a < k; a++) {
            Organisation o = active.get(a);
            contributionShare[a] = totalContribution > 0 ? o.contribution() / totalContribution : 1.0 / k;
            // Power decides part of the split; an opportunist leans on its power harder.
            double rho = o.opportunistic() ? influence + GRAB * (1 - influence) : influence;
            share[a] = (1 - rho) * contributionShare[a] + rho * o.power();
            weights += share[a];
        }
        for (int a = 0; a < k; a++) {
            Organisation o = active.get(a);
            share[a] /= weights;
            double taken = valueCreated * share[a];
            // Against going it alone: what it brought would have earned its alternative at home,
            // and the collaboration costs meeting time, more so under vigilance ("je vingers natellen").
            double cost = o.alternative() * o.contribution()
                    + c.meetingCost() * o.capacity() * (1 + o.vigilance());
            o.settle(taken, taken - cost, c.step() + 1);
        }
        experience(c, active, share, contributionShare, influence);
        weighInterests(c, active, share, contributionShare);
    }

    /**
     * Every partner experiences every other: a seen opportunistic act is a bad experience; so is a
     * partner taking clearly more than the share its perceived power and contribution justify
     * (under {@code unclear} power perceptions are off, and the surprise costs trust: seed 003 §2,
     * "de macht van partijen wordt vaak onderschat"); otherwise working together is a good
     * experience, larger when the other brought as much as oneself (seed 004, rules of the game in
     * a network: "voor wat hoort wat"; "macht wordt niet geëtaleerd").
     */
    private static void experience(Collaboration c, List<Organisation> active, double[] share,
                                   double[] contributionShare, double influence) {
        Relations relations = c.relations();
        // Expected shares are normalised over the partners still at the table, as the split is.
        double perceivedActive = 0;
        for (Organisation o : active) perceivedActive += o.perceivedPower();
        double expectedTotal = (1 - influence) + influence * perceivedActive;
        for (int a = 0; a < active.size(); a++) {
            Organisation self = active.get(a);
            double ownRatio = self.contribution() / self.capacity();
            for (int b = 0; b < active.size(); b++) {
                if (a == b) continue;
                Organisation other = active.get(b);
                if (other.opportunistic() && c.random.nextBoolean(c.transparency())) {
                    relations.badExperience(self.index(), other.index(), 1.0);
                    continue;
                }
                double fair = ((1 - influence) * contributionShare[b] + influence * other.perceivedPower()) / expectedTotal;
                double excess = fair > 0 ? share[b] / fair - 1 : 0;
                if (excess > UNFAIR_MARGIN) {
                    relations.badExperience(self.index(), other.index(), Math.min(1, excess - UNFAIR_MARGIN));
                } else {
                    double otherRatio = other.contribution() / other.capacity();
                    double reciprocity = ownRatio > 0 ? Math.min(1, otherRatio / ownRatio) : 1;
                    relations.goodExperience(self.index(), other.index(), 0.5 + 0.5 * reciprocity,
                            self.constituencyPressure());
                }
            }
        }
    }

    /**
     * What this step did for each kind of interest (seed 003 §3.2): the collective interest is
     * served by the collaboration's momentum towards its ambition (its energy); the organisational
     * interest by a fair balance of taking and bringing, and in execute by real returns, less the
     * interest conflicts that surface as the work gets concrete where the partners never explored
     * each other's interests (seed 003 §3.2: partners "doorgestormd naar het convenant" end in "een
     * permanente en soms uitputtende staat van onderhandeling"); the individual interest of the
     * representative by working with people they trust on something that moves (seed 004: "leuke
     * dingen doen met leuke mensen").
     */
    private static void weighInterests(Collaboration c, List<Organisation> active, double[] share,
                                       double[] contributionShare) {
        boolean executing = c.phase() == Phase.EXECUTE;
        for (int a = 0; a < active.size(); a++) {
            Organisation o = active.get(a);
            double fairness = contributionShare[a] > 0 ? share[a] / contributionShare[a] - 1 : 0;
            double returns = 0;
            if (executing) {
                double stake = o.alternative() * o.contribution();
                returns = stake > 0 ? clamp(0.5 * o.payoff() / stake, -0.5, 0.5) : -0.5;
            }
            double latentConflict = LATENT_CONFLICT * (1 - c.mutualUnderstanding()) * c.phase().intensity();
            double organisational = clamp(0.5 + fairness + returns - latentConflict, 0, 1);
            double individual = 0.5 * o.trustGiven() + 0.5 * c.energy();
            o.weighInterests(c.energy(), organisational, individual);
        }
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    double valueCreated() { return valueCreated; }
    double cumulativeValue() { return cumulativeValue; }
    double totalContribution() { return totalContribution; }
    int opportunisticActs() { return opportunisticActs; }
}
