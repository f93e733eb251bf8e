package samen.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import samen.model.Condition;
import samen.model.Phase;

/**
 * The top line, for the back of the room: the phase, the energy as a bar, the weakest of the five
 * conditions and the step. The phase and the weakest condition flash (orange) for a few steps
 * after they change.
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
    private final JLabel weakest = new JLabel();
    private long weakestChangedAt = Long.MIN_VALUE / 2;
    private Condition shownWeakest;
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
        step.setFont(big.deriveFont(Font.PLAIN, big.getSize2D() * 0.55f));
        weakest.setFont(big.deriveFont(big.getSize2D() * 0.55f));
        weakest.setOpaque(true);
        weakest.setBackground(Color.WHITE);
        JPanel right = new JPanel(new GridLayout(2, 1));
        right.setOpaque(false);
        right.add(weakest);
        right.add(step);
        add(phase, BorderLayout.WEST);
        add(energy, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
    }

    void reset(int totalSteps) {
        this.totalSteps = totalSteps;
        shownPhase = null;
        shownWeakest = null;
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
        if (s.weakest() != shownWeakest) {
            if (shownWeakest != null) weakestChangedAt = s.step();
            shownWeakest = s.weakest();
        }
        weakest.setBackground(s.step() - weakestChangedAt < PartnerView.FLASH_STEPS ? FLASH_BACKGROUND : Color.WHITE);
        weakest.setText(labels.get("weakest") + ": " + labels.condition(s.weakest()) + " "
                + Math.round(100 * s.conditions().get(s.weakest())) + "%");
    }
}
