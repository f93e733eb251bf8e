package samen.experiment.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import samen.experiment.DesignSpec;

/**
 * Warnings where Morris or Sobol indices rest on too small a sample to be read as they stand: too
 * few trajectories or base samples for the design, and per output the symptoms of an unstable
 * estimate (first-order Sobol indices summing far past 1, negative indices, intervals wider than
 * the indices can tell apart; Morris intervals of mu* wider than mu* itself).
 */
final class SampleSize {

    /** Campolongo et al. (2007) use 10 to 20 trajectories; below 10 mu* rankings change from sample to sample. */
    static final int MIN_TRAJECTORIES = 10;
    /** Saltelli et al. (2010) report Sobol estimates settling from several hundred base samples on. */
    static final int MIN_BASE_SAMPLES = 500;
    static final double S1_SUM = 1.1;
    static final double WIDE = 0.3;
    static final double NEGATIVE = -0.05;

    private SampleSize() {
    }

    static List<Note> ofDesign(DesignSpec design) {
        if (design.type() == DesignSpec.Type.MORRIS && design.trajectories() < MIN_TRAJECTORIES) {
            return List.of(Note.warning("design", design.trajectories() + " Morris trajectories: mu* and its ranking are "
                    + "unstable below " + MIN_TRAJECTORIES + "; run more trajectories"));
        }
        if (design.type() == DesignSpec.Type.SOBOL && design.samples() < MIN_BASE_SAMPLES) {
            return List.of(Note.warning("design", design.samples() + " Sobol base samples: indices are rough below "
                    + MIN_BASE_SAMPLES + "; read the intervals, and run more samples"));
        }
        return List.of();
    }

    /** @param rows per parameter: mu, mu*, sigma, mu* low, mu* high */
    static List<Note> ofMorris(String output, List<double[]> rows) {
        int wide = 0;
        for (double[] r : rows) if (r[4] - r[3] > r[1]) wide++;
        return wide == 0 ? List.of() : List.of(Note.warning(output, String.format(Locale.ROOT,
                "the 95%% interval of mu* is wider than mu* for %d of %d parameters: their order is not settled", wide, rows.size())));
    }

    /** @param rows per parameter: S1, S1 low, S1 high, ST, ST low, ST high */
    static List<Note> ofSobol(String output, List<double[]> rows) {
        List<Note> notes = new ArrayList<>();
        double sum = 0;
        int wide = 0;
        int negative = 0;
        for (double[] r : rows) {
            if (Double.isNaN(r[0])) continue;
            sum += r[0];
            if (r[2] - r[1] > WIDE || r[5] - r[4] > WIDE) wide++;
            if (r[0] < NEGATIVE || r[3] < NEGATIVE) negative++;
        }
        if (sum > S1_SUM) notes.add(Note.warning(output, String.format(Locale.ROOT,
                "first-order indices sum to %.2f, past 1: the sample is too small for stable indices", sum)));
        if (negative > 0) notes.add(Note.warning(output, String.format(Locale.ROOT,
                "%d negative indices (below %.2f): estimation noise; the sample is too small", negative, NEGATIVE)));
        if (wide > 0) notes.add(Note.warning(output, String.format(Locale.ROOT,
                "95%% intervals wider than %.1f for %d of %d parameters", WIDE, wide, rows.size())));
        return notes;
    }
}
