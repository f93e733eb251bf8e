package samen.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.GridLayout;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import samen.model.LewickiQuadrant;

/** The key to the network: what the edge colours, node colours, the red ring and a dashed grey outline (a partner not at the table: it left, or has yet to join) mean. */
final class Legend extends JPanel {

    private static final long serialVersionUID = 1L;

    Legend(Labels labels, Look look) {
        super(new GridLayout(0, 2, 8, 0));
        setBackground(Color.WHITE);
        java.awt.Font font = look.plain().deriveFont(look.text() * 0.85f);
        for (LewickiQuadrant q : LewickiQuadrant.values()) add(item(labels.quadrant(q), Palette.quadrant(q), Mark.SQUARE, font));
        add(item(labels.get("legend.gain"), Palette.gain(Palette.FULL_SCALE), Mark.SQUARE, font));
        add(item(labels.get("legend.loss"), Palette.gain(-Palette.FULL_SCALE), Mark.SQUARE, font));
        add(item(labels.get("legend.opportunism"), PartnerPortrayal.FLASH, Mark.RING, font));
        add(item(labels.get("legend.left"), Color.GRAY, Mark.DASHED, font));
    }

    private enum Mark { SQUARE, RING, DASHED }

    private static JLabel item(String text, Color colour, Mark mark, java.awt.Font font) {
        int size = font.getSize();
        JLabel label = new JLabel(text, new Swatch(colour, mark, size), JLabel.LEFT);
        label.setFont(font);
        return label;
    }

    private record Swatch(Color colour, Mark mark, int size) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            g.setColor(colour);
            switch (mark) {
                case RING -> {
                    for (int i = 0; i < 3; i++) g.drawOval(x + i, y + i, size - 2 * i - 1, size - 2 * i - 1);
                }
                case DASHED -> {
                    java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
                    g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
                    g2.setStroke(new java.awt.BasicStroke(2, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND, 1,
                            new float[] {3, 3}, 0));
                    g2.drawOval(x + 1, y + 1, size - 3, size - 3);
                    g2.dispose();
                }
                case SQUARE -> g.fillRect(x, y, size, size);
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
