package samen.experiment;

/**
 * The one place run seeds come from. Claim: a run's seed depends on the sweep's master seed and the
 * run's id only, never on thread count, shard, order of completion or resumes; and within one
 * sweep no two runs share a seed.
 *
 * <p>MASON's {@code MersenneTwisterFast} uses only the low 32 bits of a seed, so 64-bit hashes of run
 * ids would collide (about 116 pairs in a million runs, by the birthday bound) and silently give
 * two runs the same random stream. Instead the master seed is mixed into a 32-bit offset (SplitMix64's
 * finaliser) and the run id is added and mixed by MurmurHash3's 32-bit finaliser, a bijection: distinct
 * run ids below 2^32 get distinct seeds. Seeds are written as whole numbers from 0 to 2^32 - 1,
 * which {@code samen run --seed S} takes as is.
 */
public final class RunSeeds {

    private RunSeeds() {
    }

    /** The seed of run {@code runId} (from 0) of a sweep with {@code masterSeed}. */
    public static long of(long masterSeed, long runId) {
        int offset = (int) splitMix64(masterSeed);
        return fmix32(offset + (int) runId) & 0xFFFF_FFFFL;
    }

    /**
     * An independent 64-bit stream seed for the design's own sampling (Latin hypercube, Morris
     * trajectories) and for bootstrap resampling, so those never reuse a run's stream.
     */
    public static long stream(long masterSeed, String purpose, long index) {
        return splitMix64(splitMix64(masterSeed ^ purpose.hashCode()) + index);
    }

    static long splitMix64(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int fmix32(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
