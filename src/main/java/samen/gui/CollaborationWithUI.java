package samen.gui;

import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import samen.engine.RunResult;
import samen.engine.Simulation;
import samen.output.EventRecord;
import samen.output.NeglectWatch;
import samen.output.RunFacts;
import samen.output.RunStory;
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
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import samen.model.Collaboration;
import samen.model.Event;
import samen.model.Intervention;
import samen.scenario.Caption;
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
    private static final String CHARTS = "charts";
    private static final String END = "end";
    private final Labels labels;
    private final Look look;
    private final boolean captions;
    private final boolean pauseOnCaptions;
    private final Path scenarios;
    private final Speed speed;
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
    private EndScreen endScreen;
    private ControlBar controls;
    private final CardLayout cards = new CardLayout();
    private final JPanel chartsOrEnd = new JPanel(cards);
    private WindowPlacement placement;
    // Model-thread state of the current run: the neglect watch for the story, its length, whether its end is shown.
    private NeglectWatch neglect = new NeglectWatch();
    private long runSteps;
    private boolean endShown;

    /**
     * @param captions        show the scenario's captions (demo mode)
     * @param pauseOnCaptions pause when one is shown, so the trainer can talk
     * @param scenarios       the folder whose scenarios the trainer can pick from a list
     * @param speed           how fast a run plays at first; the trainer changes it as it goes
     */
    public CollaborationWithUI(GuiSession session, Labels labels, Look look, boolean captions, boolean pauseOnCaptions,
                               Path scenarios, Speed speed) {
        super(started(new Collaboration(session.base().seed(), session.base().model())));
        this.session = session;
        this.labels = labels;
        this.look = look;
        this.captions = captions;
        this.pauseOnCaptions = pauseOnCaptions;
        this.scenarios = scenarios;
        this.speed = speed;
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
        return new CaptionCue(captions ? s.captions().stream().filter(c -> c.shownIn(labels.language().key())).toList() : List.of());
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
        partnersPortrayal.setPortrayalForAll(new PartnerPortrayal(look, view));
        relationsPortrayal.setField(new SpatialNetwork2D(view.space(), view.network()));
        relationsPortrayal.setPortrayalForAll(new RelationPortrayal(look, view.partners().size()));
        cue.reset();
        neglect = new NeglectWatch();
        neglect.afterStep(c);
        runSteps = scenario.steps();
        endShown = false;
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
            cards.show(chartsOrEnd, CHARTS);
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
            String message = e.problems().stream().map(p -> p.format(labels.language().locale())).reduce((a, b) -> a + "\n" + b).orElse("");
            SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(frame, message));
            return session.base();
        }
    }

    /** After each step, on the model's thread: sample, take the new events, hand it all to Swing. */
    private void afterStep() {
        Collaboration c = model();
        view.observe(c.step());
        neglect.afterStep(c);
        Sample sample = Sample.of(c, eventsSeen);
        eventsSeen += sample.events().size();
        Set<String> kinds = new HashSet<>();
        for (Event e : sample.events()) kinds.add(e.kind().key());
        List<Caption> due = cue.due(sample.step(), kinds);
        boolean last = c.step() >= runSteps || c.ended();
        RunResult result = last && !endShown ? Simulation.result(c) : null;
        RunStory story = result == null ? null : RunStory.of(RunFacts.of(result, EventRecord.of(c.events()), neglect));
        endShown |= result != null;
        // A break-up ends the run, as in `samen run`.
        if (c.ended()) c.kill();
        SwingUtilities.invokeLater(() -> {
            show(sample, due);
            if (result != null) {
                endScreen.show(result, story);
                cards.show(chartsOrEnd, END);
            }
        });
    }

    /** On Swing's thread: the charts, the banner, and a caption or else the latest events on the strip. */
    private void show(Sample sample, List<Caption> due) {
        charts.add(sample);
        banner.show(sample);
        if (controls != null) controls.update();
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
        nameDisplayTools();
        display.attach(relationsPortrayal, labels.get("layer.relations"));
        display.attach(partnersPortrayal, labels.get("layer.partners"));
        charts = new LiveCharts(labels, look);
        banner = new Banner(labels, look);
        strip = new EventStrip(look);
        endScreen = new EndScreen(labels, look);
        if (c instanceof Console console) controls = new ControlBar(console, labels, look, speed);
        frame = new JFrame(labels.get("title", session.base().name()));
        frame.setContentPane(content());
        c.registerFrame(frame);
        if (c instanceof Console console) {
            console.getTabPane().addTab(labels.get("tab.trainer"), new TrainerPanel(this, console, labels));
            // MASON names its tabs in English; those we know get the room's language.
            JTabbedPane tabs = console.getTabPane();
            for (int i = 0; i < tabs.getTabCount(); i++) {
                String key = "tab." + tabs.getTitleAt(i).toLowerCase(java.util.Locale.ROOT);
                if (labels.has(key)) tabs.setTitleAt(i, labels.get(key));
            }
            nameConsoleTexts(console.getContentPane().getComponents());
            if (console.getJMenuBar() != null) nameConsoleTexts(console.getJMenuBar().getComponents());
            console.setPlaySleep(speed.sleepMillis());
            placement = WindowPlacement.of(screens(), new Dimension(WIDTH, HEIGHT), console.getSize());
            console.setBounds(placement.console());
            frame.setBounds(placement.room());
        } else {
            frame.setBounds(0, 0, WIDTH, HEIGHT);
        }
        frame.setVisible(true);
    }

    /**
     * Once the Console is visible: when the two windows share one small screen, the room's window
     * goes in front, and the trainer uses its docked controls ({@link WindowPlacement}).
     */
    void arrange(Console console) {
        if (placement != null && placement.consoleBehind()) {
            console.toBack();
            frame.toFront();
        }
    }

    /** MASON names its display's tools in English; they get the room's language, as the Console's tabs do. */
    private void nameDisplayTools() {
        for (Component part : display.scaleField.getComponents()) {
            if (part instanceof JLabel label) label.setText(" " + labels.get("display.scale") + " ");
        }
        display.scaleField.getField().setToolTipText(labels.get("display.zoom"));
        display.layersbutton.setToolTipText(labels.get("display.layers"));
        display.movieButton.setToolTipText(labels.get("display.movie"));
        display.snapshotButton.setToolTipText(labels.get("display.snapshot"));
        display.optionButton.setToolTipText(labels.get("display.options"));
    }

    /** MASON's labels, buttons and menus in the room's language where {@code mason.<text>} has words for them. */
    private void nameConsoleTexts(Component[] parts) {
        for (Component part : parts) {
            if (part instanceof JLabel label) label.setText(roomText(label.getText()));
            if (part instanceof AbstractButton button) button.setText(roomText(button.getText()));
            if (part instanceof JMenu menu) nameConsoleTexts(menu.getMenuComponents());
            if (part instanceof Container inner) nameConsoleTexts(inner.getComponents());
        }
    }

    // "Delay (Sec/Step) " -> mason.delay_sec_step; the spaces around the text stay, MASON lays them out.
    private String roomText(String text) {
        if (text == null || text.isBlank()) return text;
        String core = text.strip();
        String key = "mason." + core.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        if (!labels.has(key)) return text;
        int start = text.indexOf(core);
        return text.substring(0, start) + labels.get(key) + text.substring(start + core.length());
    }

    /** The screens' bounds, the default one (the trainer's) first. */
    private static List<Rectangle> screens() {
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        GraphicsDevice primary = env.getDefaultScreenDevice();
        List<Rectangle> bounds = new ArrayList<>(List.of(primary.getDefaultConfiguration().getBounds()));
        for (GraphicsDevice d : env.getScreenDevices()) {
            if (d != primary) bounds.add(d.getDefaultConfiguration().getBounds());
        }
        return bounds;
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

        chartsOrEnd.add(chartGrid, CHARTS);
        chartsOrEnd.add(endScreen, END);

        JPanel middle = new JPanel(new BorderLayout());
        middle.add(network, BorderLayout.WEST);
        middle.add(chartsOrEnd, BorderLayout.CENTER);

        JPanel bottom = new JPanel(new BorderLayout());
        bottom.setBackground(Color.WHITE);
        bottom.add(strip, BorderLayout.CENTER);
        if (controls != null) bottom.add(controls, BorderLayout.EAST);

        JPanel all = new JPanel(new BorderLayout());
        all.setBackground(Color.WHITE);
        all.add(banner, BorderLayout.NORTH);
        all.add(middle, BorderLayout.CENTER);
        all.add(bottom, BorderLayout.SOUTH);
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
