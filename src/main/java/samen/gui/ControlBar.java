package samen.gui;

import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Dimension;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.Timer;
import sim.display.Console;

/**
 * The trainer's controls, docked in the room's window so MASON's Console need not cover it: play
 * or pause, one step, the speed (a multiple of the classroom pace, {@link Speed}), and a button that
 * brings the Console (seed, inspectors, the Trainer tab) to the front when wanted.
 */
final class ControlBar extends JPanel {

    private static final long serialVersionUID = 1L;
    /** The slider's stops, as multiples of the classroom pace; the last is as fast as possible. */
    private static final double[] STOPS = {0.25, 0.5, 1, 2, 4, 8, 0};

    private final transient Console console;
    private final Labels labels;
    private final JButton play = new JButton();
    private final JSlider speed = new JSlider(0, STOPS.length - 1);
    private final JLabel speedLabel = new JLabel();

    ControlBar(Console console, Labels labels, Look look, Speed initial) {
        super(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        this.console = console;
        this.labels = labels;
        setOpaque(false);
        JButton step = new JButton(labels.get("control.step"));
        JButton trainer = new JButton(labels.get("control.trainer"));
        for (JButton b : new JButton[] {play, step, trainer}) {
            b.setFont(look.bold().deriveFont(look.text() * 0.8f));
            b.setFocusable(false);
        }
        play.addActionListener(e -> playOrPause());
        step.addActionListener(e -> step());
        trainer.addActionListener(e -> console.toFront());
        speed.setSnapToTicks(true);
        speed.setOpaque(false);
        speed.setPreferredSize(new Dimension(Math.round(look.text() * 6), speed.getPreferredSize().height));
        speed.setValue(stop(initial));
        speedLabel.setFont(look.plain().deriveFont(look.text() * 0.8f));
        speedLabel.setForeground(Color.DARK_GRAY);
        showSpeed();
        speed.addChangeListener(e -> {
            console.setPlaySleep(new Speed(STOPS[speed.getValue()]).sleepMillis());
            showSpeed();
        });
        speed.setToolTipText(labels.get("control.speed.tip"));
        // The Console's own buttons and "pause at step" change the state too: keep the play button's word true.
        new Timer(400, e -> update()).start();
        add(play);
        add(step);
        add(speedLabel);
        add(speed);
        add(trainer);
        update();
    }

    private void showSpeed() {
        double factor = STOPS[speed.getValue()];
        speedLabel.setText(labels.get("control.speed") + " " + (factor == 0 ? labels.get("control.max")
                : "\u00d7" + labels.words().number(factor, factor < 1 ? 2 : 0)));
    }

    /** The slider's stop nearest to {@code s}. */
    private static int stop(Speed s) {
        if (s.factor() == 0) return STOPS.length - 1;
        int best = 0;
        for (int i = 0; i < STOPS.length - 1; i++) {
            if (Math.abs(Math.log(STOPS[i] / s.factor())) < Math.abs(Math.log(STOPS[best] / s.factor()))) best = i;
        }
        return best;
    }

    private void playOrPause() {
        switch (console.getPlayState()) {
            case Console.PS_PLAYING, Console.PS_PAUSED -> console.pressPause(); // pause, or go on after a pause
            default -> console.pressPlay();
        }
        update();
    }

    /** One step: MASON steps once when play is pressed while paused. */
    private void step() {
        if (console.getPlayState() == Console.PS_PLAYING) console.pressPause();
        else console.pressPlay();
        update();
    }

    /** The play button says what pressing it does now. */
    void update() {
        play.setText(labels.get(console.getPlayState() == Console.PS_PLAYING ? "control.pause" : "control.play"));
    }
}
