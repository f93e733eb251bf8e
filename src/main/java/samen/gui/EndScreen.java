package samen.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Comparator;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import samen.engine.PartnerResult;
import samen.engine.RunResult;
import samen.model.Standing;
import samen.output.RunStory;
import samen.output.Vocabulary;

/**
 * What the room sees when a run ends, in place of the live charts: the outcome in its colour, the
 * story of why (the same sentences as {@code samen run} prints and the report shows), and each
 * partner's payoff against going it alone as a bar.
 */
final class EndScreen extends JPanel {

    private static final long serialVersionUID = 1L;
    /** Partners named at each end of a ranking too long to name them all. */
    static final int NAMED_AT_EACH_END = 3;

    private final Labels labels;
    private final Look look;
    private final JLabel outcome = new JLabel();
    private final JLabel story = new JLabel();
    private final Bars bars;

    EndScreen(Labels labels, Look look) {
        super(new BorderLayout(0, 8));
        this.labels = labels;
        this.look = look;
        this.bars = new Bars(labels, look);
        setBackground(Color.WHITE);
        setBorder(BorderFactory.createEmptyBorder(8, 16, 8, 16));
        outcome.setFont(look.bannerFont());
        story.setFont(look.plain());
        story.setVerticalAlignment(JLabel.TOP);
        JPanel text = new JPanel(new BorderLayout(0, 6));
        text.setOpaque(false);
        text.add(outcome, BorderLayout.NORTH);
        text.add(story, BorderLayout.CENTER);
        add(text, BorderLayout.NORTH);
        add(bars, BorderLayout.CENTER);
    }

    /** The end of a run: its outcome, its story and the partners' payoffs. */
    void show(RunResult result, RunStory told) {
        Vocabulary words = labels.words();
        String key = result.outcome().key();
        outcome.setForeground(Palette.outcome(result.outcome()));
        outcome.setText(labels.get("end.outcome", words.outcome(key)));
        // Wrapped to the panel (laid out as a card already), less the list's indent and the borders;
        // Swing's HTML counts CSS pixels at 96 dpi against the screen's 72, hence the 3/4.
        int width = Math.max(240, ((getWidth() > 0 ? getWidth() : 780) - 3 * Math.round(look.text()) - 40) * 3 / 4);
        String verdict = words.textOr("outcome.long." + key, "");
        StringBuilder html = new StringBuilder("<html><div style='width:" + width + "px'>")
                .append(escape(verdict.isEmpty() ? "" : verdict.substring(0, 1).toUpperCase(words.language().locale())
                        + verdict.substring(1) + ".")).append("<br><b>")
                .append(escape(labels.get("end.why"))).append("</b><ul style='margin-left:16px'>");
        for (String sentence : told.sentences(words)) html.append("<li>").append(escape(sentence)).append("</li>");
        story.setText(html.append("</ul></div></html>").toString());
        bars.show(result.partners());
        revalidate();
        repaint();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * One bar per partner: payoff against its alternative, in its node colour, the value beside it. When
     * the partners are too many for a line of text each (a region of 200), they are ranked best off first,
     * every one still a bar, and only the best and the worst off are named.
     */
    private static final class Bars extends JComponent {

        private static final long serialVersionUID = 1L;
        private final transient Labels labels;
        private final Look look;
        private transient List<PartnerResult> partners = List.of();

        Bars(Labels labels, Look look) {
            this.labels = labels;
            this.look = look;
            setPreferredSize(new Dimension(600, 200));
        }

        void show(List<PartnerResult> shown) {
            partners = List.copyOf(shown);
            repaint();
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            if (partners.isEmpty()) return;
            Graphics2D g = (Graphics2D) graphics.create();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Font font = look.plain().deriveFont(Math.min(look.text(), Math.max(11f, getHeight() / (partners.size() * 1.4f))));
            g.setFont(font);
            FontMetrics m = g.getFontMetrics();
            boolean ranked = getHeight() / (double) partners.size() < m.getHeight();
            List<PartnerResult> rows = rows(partners, ranked);
            int top = 0;
            if (ranked) {
                // A few names only: they can be read at the room's text size.
                g.setFont(look.plain());
                m = g.getFontMetrics();
                top = m.getHeight() + 4;
                g.setColor(Color.DARK_GRAY);
                g.drawString(PartnerPortrayal.fit(labels.get("end.ranked", rows.size()), m, getWidth()), 0, m.getAscent());
            }
            int nameWidth = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (named(i, rows.size(), ranked)) {
                    nameWidth = Math.max(nameWidth, m.stringWidth(PartnerPortrayal.fit(rows.get(i).name(), m, getWidth() * 0.3)));
                }
            }
            int valueWidth = m.stringWidth("+000.0%");
            double largest = 0.01;
            for (PartnerResult p : rows) largest = Math.max(largest, Math.abs(p.surplusRate()));
            int left = nameWidth + 12;
            int span = Math.max(40, getWidth() - left - 2 * valueWidth - 12);
            boolean anyLoss = rows.stream().anyMatch(p -> p.surplusRate() < 0);
            int zero = left + (anyLoss ? valueWidth + span / 2 : valueWidth);
            double scale = (anyLoss ? span / 2.0 : span) / largest;
            double row = Math.min((getHeight() - top) / (double) rows.size(), m.getHeight() * 1.8);
            for (int i = 0; i < rows.size(); i++) {
                PartnerResult p = rows.get(i);
                int y = top + (int) Math.round(i * row);
                int mid = y + (int) row / 2;
                int length = (int) Math.round(p.surplusRate() * scale);
                int barHeight = ranked ? (int) Math.max(1, Math.ceil(row)) : (int) Math.max(4, row * 0.6);
                g.setColor(Palette.gain(p.surplusRate()));
                int x = length >= 0 ? zero : zero + length;
                g.fillRect(x, mid - barHeight / 2, Math.max(1, Math.abs(length)), barHeight);
                if (!named(i, rows.size(), ranked)) continue;
                // A named row of a ranking sits at its end of the chart, so its text stays inside it.
                int baseline = !ranked ? mid + m.getAscent() / 2 - 2
                        : i < NAMED_AT_EACH_END ? top + (i + 1) * m.getHeight()
                        : getHeight() - (rows.size() - 1 - i) * m.getHeight() - m.getDescent();
                g.setColor(p.active() ? Color.BLACK : Color.GRAY);
                g.drawString(PartnerPortrayal.fit(p.name(), m, getWidth() * 0.3), 0, baseline);
                g.setColor(Color.DARK_GRAY);
                String value = labels.words().signedPercent(p.surplusRate(), 1) + (p.active() ? "" : " \u2020");
                int textX = length >= 0 ? zero + length + 6 : zero + length - 6 - m.stringWidth(value);
                g.drawString(value, textX, baseline);
                if (!ranked && Standing.of(p.surplusRate()) == Standing.EVEN) {
                    g.drawRect(x, mid - barHeight / 2, Math.max(1, Math.abs(length)), barHeight);
                }
            }
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(zero, top, zero, top + (int) Math.round(row * rows.size()));
            g.dispose();
        }
    }

    /** The partners in the order their bars are drawn: as given, or when ranked, best off first. */
    static List<PartnerResult> rows(List<PartnerResult> partners, boolean ranked) {
        return ranked ? partners.stream().sorted(Comparator.comparingDouble(PartnerResult::surplusRate).reversed()).toList() : partners;
    }

    /** Every row is named, unless the partners are ranked: then the best and the worst off. */
    static boolean named(int i, int count, boolean ranked) {
        return !ranked || i < NAMED_AT_EACH_END || i >= count - NAMED_AT_EACH_END;
    }
}
