package samen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.gui.GuiLauncher;
import samen.gui.Speed;
import samen.gui.GuiSession;
import samen.output.Language;
import samen.scenario.ScenarioException;

/** {@code samen gui}: the classroom GUI, or ({@code --screenshot}) a picture of it after N steps. */
@Command(name = "gui",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Show a scenario live in a window, for a classroom.",
        description = {"Opens MASON's Console (play, pause, step, stop, speed, seed; a Trainer tab with "
                + "scenarios, parameters and a pause step) and a window for the room: phase and energy, "
                + "the partners as a network, live charts and what just happened.", ""},
        footer = {"", "Examples:",
                "  samen gui",
                "  samen gui scenarios/power-dominant.yaml --lang nl --projector",
                "  samen gui --demo scenarios/default.yaml",
                "  xvfb-run -a -s \"-screen 0 1280x720x24\" samen gui --screenshot gui.png --steps 60", ""})
final class GuiCommand implements Callable<Integer> {

    /** Steps run before {@code --draw-rate} starts timing, so the JIT has compiled the drawing. */
    private static final int DRAW_RATE_WARM_UP = 20;

    @ParentCommand
    private Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = ScenarioFiles.DEFAULT,
            description = "Scenario file (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--demo", description = "Play the scenario with the captions written in it, pausing at each.")
    private boolean demo;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
            description = "Language of the labels and of problems with the scenario: en or nl (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Option(names = "--projector", description = "Large fonts and thick lines, readable on a 1280x720 projector.")
    private boolean projector;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Run the steps, write the whole window to FILE.png and exit.")
    private Path screenshot;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "How fast a run plays: 1 = the classroom pace (a 200-step run in about a minute), "
                    + "2 = twice as fast, 0.5 = half, max = as fast as possible (default: ${DEFAULT-VALUE}). "
                    + "The window's speed slider changes it as the run goes.")
    private String speed;

    @Option(names = "--at", paramLabel = "STEP",
            description = "With --screenshot: take the picture at this step instead of at the end of the run.")
    private Long at;

    @Option(names = "--draw-rate", paramLabel = "N",
            description = "Measure instead of showing: run 20 steps, then N more, painting the whole window after each, "
                    + "print the steps drawn per second and exit (see docs/PERFORMANCE.md).")
    private Integer drawRate;

    @Option(names = "--steps", paramLabel = "N", description = "Number of steps (overrides the scenario's).")
    private Integer steps;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the scenario's).")
    private Long seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a scenario value (repeatable), as in `samen run`.")
    private List<String> sets = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Environment env = main.env();
        Language language = Main.language(lang);
        Speed pace;
        try {
            pace = Speed.parse(speed);
        } catch (IllegalArgumentException e) {
            throw new UserException("--speed: " + e.getMessage());
        }
        if (at != null && (screenshot == null || at < 1)) {
            throw new UserException("--at " + at + ": allowed: a step from 1, together with --screenshot");
        }
        Path file = ScenarioFiles.find(scenario, env);
        FlagOverrides overrides = new FlagOverrides(sets, seed, steps);
        GuiSession session;
        try {
            session = GuiSession.open(file, env.display(file), overrides.list());
        } catch (ScenarioException e) {
            throw overrides.blamingFlags(e);
        }
        if (screenshot != null && !screenshot.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new UserException("--screenshot: " + screenshot + " does not end in .png; allowed: a file name ending in .png");
        }
        if (!GuiLauncher.displayAvailable()) {
            main.err().println("samen: gui needs a screen; none is available (no DISPLAY). On a server, run it "
                    + "under xvfb-run, e.g. xvfb-run -a samen gui --screenshot gui.png");
            return Main.INTERNAL_ERROR;
        }
        Path scenarios = env.home() != null ? env.home().resolve("scenarios") : env.resolve(Path.of("scenarios"));
        Path target = screenshot == null ? null : env.resolve(screenshot);
        if (drawRate != null) {
            if (drawRate < 1) throw new UserException("--draw-rate " + drawRate + ": allowed: 1 step or more");
            GuiLauncher.DrawRate r = GuiLauncher.drawRate(session, new GuiLauncher.Options(language, projector, false, null,
                    scenarios, pace, 0), DRAW_RATE_WARM_UP, drawRate);
            main.out().printf(java.util.Locale.ROOT, "%s, %d partners: %d steps drawn in %.2f s = %.1f steps drawn per second "
                            + "(after %d steps of warm-up; the whole window painted after each step)%n", env.display(file),
                    session.base().model().organisations().size(), r.steps(), r.seconds(), r.perSecond(), r.from());
            return 0;
        }
        GuiLauncher.run(session, new GuiLauncher.Options(language, projector, demo, target, scenarios, pace,
                at == null ? 0 : at));
        if (target != null) main.out().println("Wrote " + env.display(target));
        return 0;
    }
}
