package samen.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import samen.experiment.SweepRunner;

/**
 * Progress of a sweep on stderr: a progress bar (done/total, runs per second, ETA) on a terminal,
 * a plain line every few seconds otherwise (a log file, a batch job), nothing with {@code --quiet}.
 */
abstract class SweepProgress implements SweepRunner.Progress, AutoCloseable {

    static final long LINE_EVERY_NANOS = 5_000_000_000L;

    static SweepProgress create(boolean quiet, PrintWriter err) {
        if (quiet) return new Silent();
        return System.console() != null ? new Bar() : new Lines(err);
    }

    @Override
    public void close() {
    }

    private static final class Silent extends SweepProgress {
        @Override
        public void update(long done, long total, long errors) {
        }
    }

    private static final class Bar extends SweepProgress {
        private ProgressBar bar;

        @Override
        public void update(long done, long total, long errors) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(total).showSpeed()
                        .setUnit(" runs", 1).setStyle(ProgressBarStyle.ASCII).startsFrom(done, java.time.Duration.ZERO)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            }
            bar.stepTo(done);
            bar.setExtraMessage(errors == 0 ? "" : errors + " errors");
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }

    private static final class Lines extends SweepProgress {
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private long startDone = -1;
        private long lastLine = started;

        Lines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long done, long total, long errors) {
            if (startDone < 0) startDone = done;
            long now = System.nanoTime();
            if (now - lastLine < LINE_EVERY_NANOS) return;
            lastLine = now;
            double seconds = (now - started) / 1e9;
            double rate = (done - startDone) / seconds;
            long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
            err.printf("sweep: %d/%d runs (%.0f%%), %.0f runs/s, %d errors, ETA %s%n", done, total,
                    total == 0 ? 100.0 : 100.0 * done / total, rate, errors, eta < 0 ? "?" : eta / 60 + "m" + eta % 60 + "s");
            err.flush();
        }
    }
}
