package samen.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import samen.model.Phase;

/**
 * The top line, for the back of the room: the phase, the energy as a bar, and the step. The phase
 * flashes (orange) for a few steps after it changes.
 */
final class Banner extends JPanel {

    private static final long serialVersionUID = 1L;
    private static final Color PHASE_BACKGROUND = new Color(0x1F3A5F);
    private static final Color FLASH_BACKGROUND = new Color(0xE69F00);
    private static final Color ENERGY = new Color(0x1F77B4);

    private final Labels labels;
    private final JLabel phase = new JLabel();
    private final JProgressBar energy = new JProgressBar(0, 100);
    private final JLabel step = new JLabel();
    private long phaseChangedAt = Long.MIN_VALUE / 2;
    private Phase shownPhase;
    private int totalSteps;

    Banner(Labels labels, Look look) {
        super(new BorderLayout(Math.round(look.banner() * 0.5f), 0));
        this.labels = labels;
        setBackground(Color.WHITE);
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 0, 2, 0, Color.LIGHT_GRAY),
                BorderFactory.createEmptyBorder(4, 4, 4, 12)));
        Font big = look.bannerFont();
        phase.setFont(big);
        phase.setOpaque(true);
        phase.setForeground(Color.WHITE);
        phase.setBackground(PHASE_BACKGROUND);
        phase.setBorder(BorderFactory.createEmptyBorder(0, 12, 0, 12));
        energy.setStringPainted(true);
        energy.setForeground(ENERGY);
        energy.setFont(big);
        step.setFont(big.deriveFont(Font.PLAIN, big.getSize2D() * 0.6f));
        add(phase, BorderLayout.WEST);
        add(energy, BorderLayout.CENTER);
        add(step, BorderLayout.EAST);
    }

    void reset(int totalSteps) {
        this.totalSteps = totalSteps;
        shownPhase = null;
    }

    void show(Sample s) {
        if (s.phase() != shownPhase) {
            if (shownPhase != null) phaseChangedAt = s.step();
            shownPhase = s.phase();
        }
        boolean flash = s.step() - phaseChangedAt < PartnerView.FLASH_STEPS;
        phase.setBackground(flash ? FLASH_BACKGROUND : PHASE_BACKGROUND);
        phase.setText(labels.get("phase") + ": " + labels.phase(s.phase()));
        int percent = (int) Math.round(100 * s.energy());
        energy.setValue(percent);
        energy.setString(labels.get("energy") + " " + percent + "%");
        step.setText(labels.get("step", s.step(), totalSteps));
    }
}
