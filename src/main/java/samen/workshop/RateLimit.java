package samen.workshop;

import java.util.function.LongSupplier;

/**
 * A token bucket per connection: {@code burst} messages at once, then {@code perSecond}. Enough
 * for any person clicking; a script flooding the server is refused and the session goes on.
 */
public final class RateLimit {

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanos;
    private double tokens;
    private long last;

    public RateLimit(double perSecond, double burst, LongSupplier nanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanos = nanos;
        this.tokens = burst;
        this.last = nanos.getAsLong();
    }

    /** Whether one more message may pass now. */
    public synchronized boolean allow() {
        long now = nanos.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
        last = now;
        if (tokens < 1) return false;
        tokens--;
        return true;
    }
}
