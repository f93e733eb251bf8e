package samen.chart;

import org.jfree.chart.JFreeChart;

/**
 * A finished chart and the file name it is written under ({@code trust} becomes {@code trust.png}
 * and {@code trust.svg}).
 */
public record NamedChart(String name, JFreeChart chart) {

    public String title() {
        return chart.getTitle() == null ? name : chart.getTitle().getText();
    }
}
