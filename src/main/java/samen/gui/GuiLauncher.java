package samen.gui;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import samen.output.Language;
import sim.display.Console;

/**
 * Opens the classroom GUI: MASON's Console and the room's window. Either the trainer drives it until
 * they close it, or ({@code --screenshot}) it plays the scenario's steps, writes the whole window
 * to a PNG and returns.
 */
public final class GuiLauncher {

    /** A screenshot run that has not reached its step by then is reported as hung. */
    private static final long SCREENSHOT_TIMEOUT_MINUTES = 10;

    /**
     * @param projector  large fonts and thick lines
     * @param demo       show the scenario's captions, pausing at each
     * @param screenshot where to write the PNG, or null to stay open for the trainer
     * @param scenarios  the folder of scenarios the trainer can pick from
     * @param speed      how fast a run plays (a screenshot run plays as fast as it can)
     * @param at         with a screenshot: the step to take it at, or 0 for the end of the run
     */
    public record Options(Language language, boolean projector, boolean demo, Path screenshot, Path scenarios, Speed speed,
                          long at) {
    }

    private GuiLauncher() {
    }

    /** False on a machine without a screen (no DISPLAY): then there is nothing to open. */
    public static boolean displayAvailable() {
        return !GraphicsEnvironment.isHeadless();
    }

    public static void run(GuiSession session, Options options) throws Exception {
        boolean screenshot = options.screenshot() != null;
        CollaborationWithUI gui = new CollaborationWithUI(session, new Labels(options.language()),
                options.projector() ? Look.PROJECTOR : Look.NORMAL, options.demo(), options.demo() && !screenshot,
                options.scenarios(), options.speed());
        long steps = options.at() > 0 ? Math.min(options.at(), session.base().steps()) : session.base().steps();
        AtomicReference<Console> console = new AtomicReference<>();
        onSwing(() -> {
            Console c = new Console(gui);
            c.setVisible(true);
            gui.arrange(c);
            if (screenshot) {
                c.setPlaySleep(0);
                c.setWhenShouldPause(steps);
                c.pressPlay();
            } else {
                c.pressPause(); // started and paused at step 0: the room sees the partners at once
            }
            console.set(c);
        });
        if (!screenshot) {
            while (console.get().isDisplayable()) TimeUnit.MILLISECONDS.sleep(500);
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(SCREENSHOT_TIMEOUT_MINUTES);
        while (console.get().getPlayState() == Console.PS_PLAYING) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("the run did not reach step " + steps + " in time");
            TimeUnit.MILLISECONDS.sleep(50);
        }
        // Runs after every chart and banner update the steps queued: the window shows the last step.
        onSwing(() -> write(gui.frame(), options.screenshot()));
    }

    /** What {@link #drawRate} measured: steps stepped and painted, in seconds, from step {@code from}. */
    public record DrawRate(long from, int steps, double seconds) {
        public double perSecond() {
            return steps / seconds;
        }
    }

    /**
     * Steps drawn per second (issue #11, item 10: at least 10 with 200 partners): opens the window
     * as a session does, runs {@code warmUp} steps, then times {@code steps} more, each followed by
     * painting the whole window at once on the event thread, so every step is drawn (a playing run
     * only asks for repaints, which Swing may merge). Stops early when the run ends.
     */
    public static DrawRate drawRate(GuiSession session, Options options, int warmUp, int steps) throws Exception {
        CollaborationWithUI gui = new CollaborationWithUI(session, new Labels(options.language()),
                options.projector() ? Look.PROJECTOR : Look.NORMAL, false, false, options.scenarios(), Speed.MAX);
        AtomicReference<Console> console = new AtomicReference<>();
        onSwing(() -> {
            Console c = new Console(gui);
            c.setVisible(true);
            gui.arrange(c);
            c.pressPause();
            console.set(c);
        });
        long start = System.nanoTime();
        int timed = 0;
        for (int i = 0; i < warmUp + steps; i++) {
            if (i == warmUp) start = System.nanoTime();
            if (!gui.step()) break;
            onSwing(() -> {
                JRootPane root = gui.frame().getRootPane();
                root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
            });
            if (i >= warmUp) timed++;
        }
        DrawRate rate = new DrawRate(warmUp, timed, (System.nanoTime() - start) / 1e9);
        onSwing(() -> console.get().pressStop()); // not doClose: MASON exits the JVM when its last console closes
        return rate;
    }

    private static void onSwing(ThrowingRunnable task) throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    task.run();
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (failure.get() != null) throw failure.get();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Paints the whole window into a PNG, written beside the target and renamed, so it is never half there. */
    static void write(JFrame frame, Path target) throws IOException {
        frame.validate();
        JRootPane window = frame.getRootPane();
        BufferedImage image = new BufferedImage(window.getWidth(), window.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            window.paint(g);
        } finally {
            g.dispose();
        }
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            ImageIO.write(image, "png", temp.toFile());
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
