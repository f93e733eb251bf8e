package samen.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import samen.model.Collaboration;
import samen.model.Event;
import samen.model.Intervention;
import samen.scenario.Captions.Caption;
import samen.scenario.Problem;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The classroom GUI as a MASON {@link GUIState} around {@link Collaboration}, which knows nothing
 * of it (as MASON's {@code HeatBugsWithUI} wraps {@code HeatBugs}). MASON's Console plays, pauses,
 * steps, stops and sets speed and seed; one window shows the room the phase and energy, the
 * partners as a network, live charts and what just happened; the Console's "Trainer" tab holds
 * the trainer's controls.
 *
 * <p>Each press of play after stop builds a new {@link Collaboration} from the session's scenario
 * with the trainer's settings, so sliders take effect on reset.
 */
public final class CollaborationWithUI extends GUIState {

    /** The window fills a 1280x720 projector. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    /**
     * Side of the network display in pixels: what fits at 1280x720 beside the charts, under the
     * banner and above a two-line caption.
     */
    private static final int NETWORK = 480;
    /** Pause between steps in a demo, so the room can follow. */
    static final long DEMO_DELAY_MS = 120;

    private final Labels labels;
    private final Look look;
    private final boolean captions;
    private final boolean pauseOnCaptions;
    private final Path scenarios;
    private final ContinuousPortrayal2D partnersPortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D relationsPortrayal = new NetworkPortrayal2D();
    private final RunView runView = new RunView(this::model);
    private GuiSession session;
    private CaptionCue cue;
    private NetworkView view;
    private int eventsSeen;

    private Display2D display;
    private JFrame frame;
    private LiveCharts charts;
    private Banner banner;
    private EventStrip strip;

    /**
     * @param captions        show the scenario's captions (demo mode)
     * @param pauseOnCaptions pause when one is shown, so the trainer can talk
     * @param scenarios       the folder whose scenarios the trainer can pick from a list
     */
    public CollaborationWithUI(GuiSession session, Labels labels, Look look, boolean captions, boolean pauseOnCaptions,
                               Path scenarios) {
        super(started(new Collaboration(session.base().seed(), session.base().model())));
        this.session = session;
        this.labels = labels;
        this.look = look;
        this.captions = captions;
        this.pauseOnCaptions = pauseOnCaptions;
        this.scenarios = scenarios;
        this.cue = cue(session);
    }

    /** Started, so the Console's model inspector, made before the first run, can read it. */
    private static Collaboration started(Collaboration c) {
        c.start();
        return c;
    }

    public static String getName() {
        return "samen";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return runView;
    }

    Collaboration model() {
        return (Collaboration) state;
    }

    Path scenarios() {
        return scenarios;
    }

    GuiSession session() {
        return session;
    }

    /** A new scenario file: used from the next reset on. */
    void session(GuiSession changed) {
        session = changed;
        cue = cue(changed);
    }

    private CaptionCue cue(GuiSession s) {
        return new CaptionCue(captions ? s.captions() : List.of());
    }

    JFrame frame() {
        return frame;
    }

    @Override
    public void start() {
        Scenario scenario = scenarioForRun();
        // The Console has just put its seed into the old state; the new model takes it over.
        state = new Collaboration(state.seed(), scenario.model());
        super.start();
        Collaboration c = model();
        view = new NetworkView(c);
        partnersPortrayal.setField(view.space());
        partnersPortrayal.setPortrayalForAll(new PartnerPortrayal(look, c.organisations().size()));
        relationsPortrayal.setField(new SpatialNetwork2D(view.space(), view.network()));
        relationsPortrayal.setPortrayalForAll(new RelationPortrayal(look));
        cue.reset();
        Sample first = Sample.of(c, 0);
        eventsSeen = first.events().size();
        List<String> names = first.partners().stream().map(Sample.Partner::name).toList();
        int steps = scenario.steps();
        SwingUtilities.invokeLater(() -> {
            frame.setTitle(labels.get("title", scenario.name()));
            charts.reset(names);
            banner.reset(steps);
            strip.clear();
            charts.add(first);
            banner.show(first);
        });
        if (controller instanceof Console console) console.setWhenShouldEnd(steps);
        scheduleRepeatingImmediatelyAfter(s -> afterStep());
        display.reset();
        display.repaint();
    }

    /** The session's scenario with the trainer's settings; its base if the settings do not check out. */
    private Scenario scenarioForRun() {
        try {
            return session.current();
        } catch (ScenarioException e) {
            String message = e.problems().stream().map(Problem::format).reduce((a, b) -> a + "\n" + b).orElse("");
            SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(frame, message));
            return session.base();
        }
    }

    /** After each step, on the model's thread: sample, take the new events, hand it all to Swing. */
    private void afterStep() {
        Collaboration c = model();
        view.observe(c.step());
        Sample sample = Sample.of(c, eventsSeen);
        eventsSeen += sample.events().size();
        Set<String> kinds = new HashSet<>();
        for (Event e : sample.events()) kinds.add(e.kind().key());
        List<Caption> due = cue.due(sample.step(), kinds);
        // A break-up ends the run, as in `samen run`.
        if (c.ended()) c.kill();
        SwingUtilities.invokeLater(() -> show(sample, due));
    }

    /** On Swing's thread: the charts, the banner, and a caption or else the latest events on the strip. */
    private void show(Sample sample, List<Caption> due) {
        charts.add(sample);
        banner.show(sample);
        if (!due.isEmpty()) {
            strip.caption(String.join(" ", due.stream().map(Caption::text).toList()));
            if (pauseOnCaptions && controller instanceof Console console) console.pressPause();
        } else if (!sample.events().isEmpty() && !strip.showsCaption()) {
            strip.event(sample.step(), String.join("; ", sample.events().stream().map(labels::event).toList()));
        }
    }

    /**
     * Fires an intervention now, between two steps: a step runs holding the schedule's lock (as
     * MASON's inspectors do when they set a value), and shows at once whether it was carried out
     * or refused.
     */
    void intervene(Intervention type) {
        Event result;
        synchronized (state.schedule) {
            model().intervene(type);
            List<Event> log = model().events();
            result = log.get(log.size() - 1);
        }
        strip.event(result.step(), labels.event(result));
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(NETWORK, NETWORK, this);
        display.setBackdrop(Color.WHITE);
        // The network fits its square; scroll bars would only eat into it.
        display.display.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        display.display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_NEVER);
        // The room needs no zoom or snapshot buttons; the trainer has them without --projector.
        if (look == Look.PROJECTOR) display.header.setVisible(false);
        display.attach(relationsPortrayal, "Relations");
        display.attach(partnersPortrayal, "Partners");
        charts = new LiveCharts(labels, look);
        banner = new Banner(labels, look);
        strip = new EventStrip(look);
        frame = new JFrame(labels.get("title", session.base().name()));
        frame.setContentPane(content());
        frame.setSize(WIDTH, HEIGHT);
        frame.setLocation(0, 0);
        c.registerFrame(frame);
        frame.setVisible(true);
        if (c instanceof Console console) {
            console.getTabPane().addTab(labels.get("tab.trainer"), new TrainerPanel(this, console, labels));
            console.setLocation(WIDTH - console.getWidth(), 0);
            if (pauseOnCaptions) console.setPlaySleep(DEMO_DELAY_MS);
        }
    }

    private JComponent content() {
        JPanel network = new JPanel(new BorderLayout());
        network.setBackground(Color.WHITE);
        JLabel caption = new JLabel(labels.get("network"));
        caption.setFont(look.plain().deriveFont(look.text() * 0.85f));
        caption.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        network.add(caption, BorderLayout.NORTH);
        network.add(display, BorderLayout.CENTER);
        network.add(new Legend(labels, look), BorderLayout.SOUTH);

        JPanel chartGrid = new JPanel(new GridLayout(2, 2, 4, 4));
        chartGrid.setBackground(Color.WHITE);
        for (JComponent panel : charts.panels()) chartGrid.add(panel);

        JPanel middle = new JPanel(new BorderLayout());
        middle.add(network, BorderLayout.WEST);
        middle.add(chartGrid, BorderLayout.CENTER);

        JPanel all = new JPanel(new BorderLayout());
        all.setBackground(Color.WHITE);
        all.add(banner, BorderLayout.NORTH);
        all.add(middle, BorderLayout.CENTER);
        all.add(strip, BorderLayout.SOUTH);
        return all;
    }

    @Override
    public void quit() {
        super.quit();
        if (frame != null) frame.dispose();
        frame = null;
        display = null;
    }
}
