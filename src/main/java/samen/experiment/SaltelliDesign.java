package samen.experiment;

import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol indices (Saltelli et al. 2010): matrices A and B of N rows
 * are the two halves of a 2k-dimensional Sobol low-discrepancy sequence (commons-math3's
 * {@link SobolSequenceGenerator}, first point skipped as it is all zeros), and AB_i is A with
 * column i taken from B. Point ids come in blocks of k + 2 per base sample j:
 * A_j, B_j, AB_j^1 ... AB_j^k.
 */
public final class SaltelliDesign implements Design {

    /** Position in a block. */
    public static final int A = 0;
    public static final int B = 1;

    private final List<Parameter> parameters;
    private final int samples;
    private final SobolSequenceGenerator sequence;
    private long cachedBase = -1;
    private double[] cachedRow;

    SaltelliDesign(List<Parameter> parameters, int samples) {
        this.parameters = List.copyOf(parameters);
        this.samples = samples;
        this.sequence = new SobolSequenceGenerator(2 * parameters.size());
    }

    @Override
    public long points() {
        return (long) samples * (parameters.size() + 2);
    }

    @Override
    public List<String> values(long id) {
        return UnitPoints.values(parameters, unit(id));
    }

    /** Point {@code id} in the unit cube. */
    public synchronized double[] unit(long id) {
        int k = parameters.size();
        long base = id / (k + 2);
        int role = (int) (id % (k + 2));
        if (base != cachedBase) {
            cachedRow = sequence.skipTo((int) base + 1);
            cachedBase = base;
        }
        double[] x = new double[k];
        for (int i = 0; i < k; i++) {
            boolean fromB = role == B || role - 2 == i;
            x[i] = cachedRow[fromB ? k + i : i];
        }
        return x;
    }
}
