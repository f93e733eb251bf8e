package samen.chart;

import org.jfree.data.xy.XYSeries;

/** Columns of numbers as JFreeChart series. */
final class Series {

    private Series() {
    }

    /** {@code y} against {@code x}, skipping missing (NaN) values. */
    static XYSeries of(String name, double[] x, double[] y) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(y[i])) s.add(x[i], y[i], false);
        }
        return s;
    }
}
