package samen.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.GridLayout;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import samen.model.LewickiQuadrant;

/** The key to the network: what the edge colours, node colours and the red ring mean. */
final class Legend extends JPanel {

    private static final long serialVersionUID = 1L;

    Legend(Labels labels, Look look) {
        super(new GridLayout(0, 2, 8, 0));
        setBackground(Color.WHITE);
        java.awt.Font font = look.plain().deriveFont(look.text() * 0.85f);
        for (LewickiQuadrant q : LewickiQuadrant.values()) add(item(labels.quadrant(q), Palette.quadrant(q), false, font));
        add(item(labels.get("legend.gain"), Palette.gain(Palette.FULL_SCALE), false, font));
        add(item(labels.get("legend.loss"), Palette.gain(-Palette.FULL_SCALE), false, font));
        add(item(labels.get("legend.opportunism"), PartnerPortrayal.FLASH, true, font));
    }

    private static JLabel item(String text, Color colour, boolean ring, java.awt.Font font) {
        int size = font.getSize();
        JLabel label = new JLabel(text, new Swatch(colour, ring, size), JLabel.LEFT);
        label.setFont(font);
        return label;
    }

    private record Swatch(Color colour, boolean ring, int size) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            g.setColor(colour);
            if (ring) {
                for (int i = 0; i < 3; i++) g.drawOval(x + i, y + i, size - 2 * i - 1, size - 2 * i - 1);
            } else {
                g.fillRect(x, y, size, size);
            }
        }

        @Override
        public int getIconWidth() {
            return size;
        }

        @Override
        public int getIconHeight() {
            return size;
        }
    }
}
