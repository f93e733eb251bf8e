package samen.gui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.filechooser.FileNameExtensionFilter;
import samen.model.Intervention;
import samen.model.config.OrganisationSpec;
import samen.model.config.PowerSettings.PowerDistribution;
import samen.output.Language;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import sim.display.Console;

/**
 * The trainer's controls, a tab of MASON's Console: pick a scenario, fire an intervention now, set
 * the key parameters (used from the next stop and play), and pause automatically at a chosen step.
 */
final class TrainerPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    static final int MAX_PARTNERS = 40;
    /** Slider resolution: a slider runs over this many ticks between its bounds. */
    private static final int TICKS = 200;

    private final CollaborationWithUI gui;
    private final Console console;
    private final Labels labels;
    private final JPanel parameters = new JPanel(new GridBagLayout());
    private final JLabel pending = new JLabel(" ");
    private int row;
    private int parameterRow;

    TrainerPanel(CollaborationWithUI gui, Console console, Labels labels) {
        super(new GridBagLayout());
        this.gui = gui;
        this.console = console;
        this.labels = labels;
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        addRow(this, labels.get("trainer.scenario"), scenarioChooser());
        addRow(this, "", openButton());
        addRow(this, null, interventions());
        parameters.setBorder(BorderFactory.createTitledBorder(labels.get("trainer.parameters")));
        fillParameters();
        addRow(this, null, parameters);
        addRow(this, labels.get("trainer.pause_at"), pauseAt());
        addRow(this, null, pending);
        GridBagConstraints filler = new GridBagConstraints();
        filler.gridy = row++;
        filler.weighty = 1;
        add(new JLabel(), filler);
    }

    private JComponent scenarioChooser() {
        List<ScenarioCatalogue.Entry> entries = ScenarioCatalogue.list(gui.scenarios());
        JComboBox<ScenarioCatalogue.Entry> box = new JComboBox<>(entries.toArray(new ScenarioCatalogue.Entry[0]));
        entries.stream().filter(e -> e.file().toAbsolutePath().normalize().equals(gui.session().file().toAbsolutePath().normalize()))
                .findFirst().ifPresentOrElse(box::setSelectedItem, () -> box.setSelectedIndex(-1));
        box.addActionListener(e -> {
            ScenarioCatalogue.Entry chosen = (ScenarioCatalogue.Entry) box.getSelectedItem();
            if (chosen != null && !chosen.file().equals(gui.session().file())) open(chosen.file(), "scenarios/" + chosen.label() + ".yaml");
        });
        return box;
    }

    /** A button per intervention type of the workbook, fired now; the tooltip says what it does and needs. */
    private JComponent interventions() {
        JPanel buttons = new JPanel(new GridLayout(0, 2, 4, 4));
        buttons.setBorder(BorderFactory.createTitledBorder(labels.get("trainer.interventions")));
        for (Intervention type : Intervention.values()) {
            JButton button = new JButton(labels.intervention(type));
            button.setToolTipText(labels.condition(type.target()) + ": " + type.description());
            button.addActionListener(e -> gui.intervene(type));
            buttons.add(button);
        }
        return buttons;
    }

    private JComponent openButton() {
        JButton open = new JButton(labels.get("trainer.open"));
        open.addActionListener(e -> {
            Path current = gui.session().file();
            // A scenario bundled in the jar has no folder on disk: start in the working directory then.
            JFileChooser chooser = new JFileChooser(current.getFileSystem() == FileSystems.getDefault()
                    ? current.toAbsolutePath().getParent().toFile() : new java.io.File("."));
            chooser.setFileFilter(new FileNameExtensionFilter("YAML", "yaml", "yml"));
            if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                Path file = chooser.getSelectedFile().toPath();
                open(file, file.toString());
            }
        });
        return open;
    }

    /** Stops the run, loads the file, and starts it paused at step 0 so the room sees the partners. */
    private void open(Path file, String source) {
        try {
            GuiSession next = gui.session().reopen(file, source);
            console.pressStop();
            gui.session(next);
            fillParameters();
            console.pressPause();
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(this, String.join("\n", e.problems().stream().map(p -> p.format(labels.language().locale())).toList()),
                    source, JOptionPane.ERROR_MESSAGE);
        }
    }

    /** Sliders at the values of the session's scenario. */
    private void fillParameters() {
        parameters.removeAll();
        parameterRow = 0;
        Scenario base = gui.session().base();
        List<OrganisationSpec> orgs = base.model().organisations();
        double pressure = orgs.stream().mapToDouble(o -> o.constituencyPressure().mean()).average().orElse(0);
        addRow(parameters, labels.get("trainer.gain_rate"), slider(0, 0.05, base.model().trust().gainRate(),
                v -> change(gui.session().settings().withGainRate(v))));
        addRow(parameters, labels.get("trainer.loss_rate"), slider(0, 0.3, base.model().trust().lossRate(),
                v -> change(gui.session().settings().withLossRate(v))));
        addRow(parameters, labels.get("trainer.constituency"), slider(0, 1, pressure,
                v -> change(gui.session().settings().withConstituencyPressure(v))));
        // The scenario file's spelling (equal, dominant, ...), as in `--set power.distribution=...`; in Dutch with the Dutch word first.
        JComboBox<String> power = new JComboBox<>(Arrays.stream(PowerDistribution.values())
                .map(d -> labels.language() == Language.EN ? d.key() : labels.words().power(d.key()) + " (" + d.key() + ")")
                .toArray(String[]::new));
        power.setSelectedIndex(base.model().power().distribution().ordinal());
        power.addActionListener(e -> change(gui.session().settings().withPower(PowerDistribution.values()[power.getSelectedIndex()])));
        addRow(parameters, labels.get("trainer.power"), power);
        // Up to 40 (what the network keeps readable), or more when the scenario itself has more.
        JSpinner partners = new JSpinner(new SpinnerNumberModel(orgs.size(), 2, Math.max(MAX_PARTNERS, orgs.size()), 1));
        partners.addChangeListener(e -> change(gui.session().settings().withPartners((Integer) partners.getValue())));
        addRow(parameters, labels.get("trainer.partners"), partners);
        pending.setText(" ");
        parameters.revalidate();
        parameters.repaint();
    }

    private void change(TrainerSettings settings) {
        gui.session().settings(settings);
        pending.setText(labels.get("trainer.pending"));
    }

    private JComponent pauseAt() {
        JSpinner spinner = new JSpinner(new SpinnerNumberModel(0, 0, 1_000_000, 10));
        spinner.addChangeListener(e -> {
            int step = (Integer) spinner.getValue();
            console.setWhenShouldPause(step == 0 ? Long.MAX_VALUE : step);
        });
        return spinner;
    }

    /** A slider over [min, max] with its value shown beside it; reports the value when let go. */
    private static JComponent slider(double min, double max, double value, DoubleConsumer changed) {
        JSlider slider = new JSlider(0, TICKS, (int) Math.round((Math.min(max, value) - min) / (max - min) * TICKS));
        JLabel shown = new JLabel();
        JPanel box = new JPanel(new java.awt.BorderLayout(4, 0));
        Runnable show = () -> shown.setText(String.format(Locale.ROOT, "%.3f", min + (max - min) * slider.getValue() / TICKS));
        show.run();
        slider.addChangeListener(e -> {
            show.run();
            if (!slider.getValueIsAdjusting()) changed.accept(min + (max - min) * slider.getValue() / TICKS);
        });
        box.add(slider, java.awt.BorderLayout.CENTER);
        box.add(shown, java.awt.BorderLayout.EAST);
        return box;
    }

    private void addRow(JPanel panel, String label, JComponent field) {
        int r = panel == this ? row++ : parameterRow++;
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 2, 2, 2);
        c.gridy = r;
        c.anchor = GridBagConstraints.WEST;
        if (label != null) {
            c.gridx = 0;
            panel.add(new JLabel(label), c);
            c.gridx = 1;
        } else {
            c.gridx = 0;
            c.gridwidth = 2;
        }
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        panel.add(field, c);
    }
}
