package samen.claims;

import java.util.function.ToDoubleFunction;
import samen.claims.Observed.Probe;
import samen.model.Collaboration;
import samen.model.Opportunism;
import samen.model.Organisation;
import samen.model.Phase;

/**
 * What the mechanism claims read from a run besides the engine's metrics, each averaged over the
 * steps run so that a run that ends early is judged on the steps it had.
 */
final class Probes {

    /** Share of the active partners whose picture of the phase is not the real phase (seed 003 §4.5). */
    static final Probe STALE_PICTURES = Probe.mean("stale_pictures", Probes::staleShare);
    /** Share of the steps run before execute: how long the process took to get to work. */
    static final Probe BEFORE_EXECUTE = Probe.mean("steps_before_execute", c -> c.phase() == Phase.EXECUTE ? 0 : 1);
    /** What the active partners bring, per unit of what they could bring. */
    static final Probe CONTRIBUTION = Probe.mean("contribution_rate", c -> broughtPerCapacity(c, -1));
    /** What the active partners bring, per unit of what the real phase asks of their capacity. */
    static final Probe EFFORT = Probe.mean("effort", c -> {
        double asked = c.phase().intensity() * c.activeOrganisations().stream().mapToDouble(Organisation::capacity).sum();
        return asked > 0 ? c.activeOrganisations().stream().mapToDouble(Organisation::contribution).sum() / asked : 0;
    });
    /** The largest recent take against a fair share among the active partners (1 is fair). */
    static final Probe LARGEST_EQUITY = Probe.mean("largest_equity",
            c -> c.activeOrganisations().stream().mapToDouble(Organisation::equity).max().orElse(1));
    /** Share of the active partners acting opportunistically in a step. */
    static final Probe OPPORTUNISM = Probe.mean("opportunism_rate",
            c -> c.activeCount() == 0 ? 0 : (double) c.activeOrganisations().stream().filter(Organisation::opportunistic).count() / c.activeCount());
    static final Probe LOYALTY = Probe.mean("mean_loyalty", c -> activeMean(c, Organisation::loyalty));
    static final Probe COLLECTIVE = Probe.mean("collective_served", c -> activeMean(c, Organisation::collectiveServed));
    static final Probe ORGANISATIONAL = Probe.mean("organisational_served", c -> activeMean(c, Organisation::organisationalServed));
    static final Probe INDIVIDUAL = Probe.mean("individual_served", c -> activeMean(c, Organisation::individualServed));
    static final Probe UNDERSTANDING = Probe.mean("mean_understanding", Collaboration::mutualUnderstanding);
    /** Partners who walked away before execute: while the partners explore, share, shape and agree. */
    static final Probe EARLY_EXITS = Probe.of("exits_before_execute", () -> new Observed.Watch() {
        private long exits;

        @Override
        public void afterStep(Collaboration c) {
            if (c.phase() == Phase.EXECUTE) return;
            for (Organisation o : c.organisations()) {
                if (o.exited() && o.leftAtStep() == c.step()) exits++;
            }
        }

        @Override
        public double value() {
            return exits;
        }
    });

    private Probes() {
    }

    /** The other active partners' mean trust in partner {@code seat} (0-based). */
    static Probe trustIn(int seat) {
        return Probe.mean("trust_in_" + seat, c -> {
            double sum = 0;
            int n = 0;
            for (Organisation o : c.activeOrganisations()) {
                if (o.index() == seat) continue;
                sum += c.relations().trust(o.index(), seat);
                n++;
            }
            return n == 0 ? Double.NaN : sum / n;
        });
    }

    /**
     * Of the opportunistic acts committed while the collaboration was in {@code phase}, the share of
     * kind {@code kind} (NaN if there were none): the kind mix within one phase, apart from how long
     * a run stays in which phase.
     */
    static Probe shareOf(Opportunism kind, Phase phase) {
        return Probe.of("share_" + kind.key() + "_in_" + phase.key(), () -> new Observed.Watch() {
            private long all;
            private long mine;

            @Override
            public void afterStep(Collaboration c) {
                if (c.step() == 0 || c.phase() != phase) return;
                for (Organisation o : c.activeOrganisations()) {
                    if (!o.opportunistic()) continue;
                    all++;
                    if (o.conduct() == kind) mine++;
                }
            }

            @Override
            public double value() {
                return all == 0 ? Double.NaN : (double) mine / all;
            }
        });
    }

    /** What the active partners other than {@code seat} bring, per unit of what they could bring. */
    static Probe othersBringing(int seat) {
        return Probe.mean("others_contribution_rate_" + seat, c -> broughtPerCapacity(c, seat));
    }

    static double staleShare(Collaboration c) {
        if (c.activeCount() == 0) return 0;
        return (double) c.activeOrganisations().stream().filter(o -> o.picture() != c.phase()).count() / c.activeCount();
    }

    private static double broughtPerCapacity(Collaboration c, int except) {
        double brought = 0;
        double capacity = 0;
        for (Organisation o : c.activeOrganisations()) {
            if (o.index() == except) continue;
            brought += o.contribution();
            capacity += o.capacity();
        }
        return capacity > 0 ? brought / capacity : 0;
    }

    private static double activeMean(Collaboration c, ToDoubleFunction<Organisation> value) {
        return c.activeOrganisations().stream().mapToDouble(value).average().orElse(0);
    }
}
