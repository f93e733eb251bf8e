package samen.experiment;

/**
 * Slice {@code index} of {@code count} ({@code --shard I/N}): the runs whose id is {@code I - 1}
 * modulo N. Interleaved rather than in blocks, so shards of a design whose points differ in cost
 * take about as long as each other.
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) throw new IllegalArgumentException("shard " + index + "/" + count);
    }

    /** {@code "2/8"}; null when the text is no valid shard. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) return null;
        try {
            int i = Integer.parseInt(parts[0].strip());
            int n = Integer.parseInt(parts[1].strip());
            return n >= 1 && i >= 1 && i <= n ? new Shard(i, n) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Runs of {@code total} in this shard. */
    public long runs(long total) {
        long first = index - 1;
        return total <= first ? 0 : (total - first + count - 1) / count;
    }

    /** The id of this shard's {@code m}-th run (from 0). */
    public long runId(long m) {
        return index - 1 + m * count;
    }

    public boolean whole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
