package samen.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The bottom line: the latest happening ("step 37: Health insurer acted opportunistically") or, in a
 * demo, the caption the trainer talks about, on a yellow ground so the room sees it is new.
 */
final class EventStrip extends JPanel {

    private static final long serialVersionUID = 1L;
    static final Color CAPTION = new Color(0xFFF3B0);

    private final JLabel text = new JLabel(" ");

    EventStrip(Look look) {
        super(new BorderLayout());
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(2, 0, 0, 0, Color.LIGHT_GRAY),
                BorderFactory.createEmptyBorder(4, 12, 4, 12)));
        setBackground(Color.WHITE);
        text.setFont(look.titleFont());
        add(text, BorderLayout.CENTER);
    }

    void event(long step, String what) {
        setBackground(Color.WHITE);
        text.setText(step + ": " + what);
    }

    void caption(String caption) {
        setBackground(CAPTION);
        // HTML so a long caption wraps instead of running off the screen.
        text.setText("<html>" + escape(caption) + "</html>");
    }

    void clear() {
        setBackground(Color.WHITE);
        text.setText(" ");
    }

    /** True while a demo caption is up: events do not push it away. */
    boolean showsCaption() {
        return getBackground().equals(CAPTION);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
