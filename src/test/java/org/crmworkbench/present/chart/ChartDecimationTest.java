package org.crmworkbench.present.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.crmworkbench.i18n.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Vector exports of big charts are thinned on a copy, keep the axes and isolated points, and say so. */
class ChartDecimationTest {
    private final ChartDecimation decimation = new ChartDecimation(Messages.english());

    /** Two gaussian clouds of {@code n} points each and one far outlier at (40, -30) in the first. */
    private static JFreeChart clouds(int n) {
        SplittableRandom random = new SplittableRandom(6);
        DefaultXYDataset data = new DefaultXYDataset();
        for (int s = 0; s < 2; s++) {
            double[][] xy = new double[2][n];
            for (int i = 0; i < n; i++) {
                xy[0][i] = s * 5 + gauss(random);
                xy[1][i] = s * 3 + gauss(random);
            }
            if (s == 0) {
                xy[0][n / 2] = 40;
                xy[1][n / 2] = -30;
            }
            data.addSeries("segment " + s, xy);
        }
        DefaultXYDataset centres = new DefaultXYDataset();
        centres.addSeries("centres", new double[][] {{0, 5}, {0, 3}});
        XYPlot plot = new XYPlot(data, new NumberAxis("x"), new NumberAxis("y"), new XYDotRenderer());
        plot.setDataset(1, centres);
        plot.setRenderer(1, new XYLineAndShapeRenderer(false, true));
        plot.addRangeMarker(new ValueMarker(0), Layer.FOREGROUND);
        return new JFreeChart("Clouds", plot);
    }

    private static double gauss(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static int count(XYDataset d) {
        int n = 0;
        for (int s = 0; s < d.getSeriesCount(); s++) {
            n += d.getItemCount(s);
        }
        return n;
    }

    @Test
    void aBigScatterIsThinnedOnACopyWithTheSameAxesAndACaption() {
        JFreeChart chart = clouds(50_000);
        XYPlot plot = chart.getXYPlot();
        plot.getDomainAxis().setRange(-4, 45); // a user's zoom
        Range x = plot.getDomainAxis().getRange();
        Range y = plot.getRangeAxis().getRange();
        XYDataset original = plot.getDataset();
        int subtitles = chart.getSubtitleCount();

        JFreeChart thin = decimation.forVector(chart, ChartDecimation.VECTOR_LIMIT);

        assertNotSame(chart, thin);
        XYPlot thinPlot = thin.getXYPlot();
        int drawn = count(thinPlot.getDataset()) + count(thinPlot.getDataset(1));
        assertTrue(drawn <= ChartDecimation.VECTOR_LIMIT && drawn >= ChartDecimation.VECTOR_LIMIT / 2,
                "drawn " + drawn);
        assertEquals(x, thinPlot.getDomainAxis().getRange());
        assertEquals(y, thinPlot.getRangeAxis().getRange());
        assertEquals(2, thinPlot.getDataset(1).getItemCount(0), "small series kept whole");
        assertEquals("segment 1", thinPlot.getDataset().getSeriesKey(1));
        boolean outlier = false;
        for (int i = 0; i < thinPlot.getDataset().getItemCount(0); i++) {
            outlier |= thinPlot.getDataset().getXValue(0, i) == 40 && thinPlot.getDataset().getYValue(0, i) == -30;
        }
        assertTrue(outlier, "the isolated point survives");
        String caption = ((TextTitle) thin.getSubtitle(thin.getSubtitleCount() - 1)).getText();
        assertTrue(caption.matches("Drawn: [\\d,]+ of 100,002 points \\(thinned for vector export\\)"), caption);
        assertTrue(caption.contains(String.format("%,d", drawn)), caption);

        // the original is untouched
        assertSame(original, plot.getDataset());
        assertEquals(100_000, count(original));
        assertEquals(subtitles, chart.getSubtitleCount());
        assertEquals(x, plot.getDomainAxis().getRange());
        assertEquals(1, plot.getRangeMarkers(Layer.FOREGROUND).size());
    }

    @Test
    void thinningIsDeterministicAndSmallChartsAreLeftAlone() {
        JFreeChart a = decimation.forVector(clouds(20_000), 5_000);
        JFreeChart b = decimation.forVector(clouds(20_000), 5_000);
        assertEquals(count(a.getXYPlot().getDataset()), count(b.getXYPlot().getDataset()));
        assertEquals(a.getXYPlot().getDataset().getXValue(0, 100), b.getXYPlot().getDataset().getXValue(0, 100));
        JFreeChart small = clouds(1_000);
        assertSame(small, decimation.forVector(small, ChartDecimation.VECTOR_LIMIT));
    }

    @Test
    void aLongLineKeepsItsPeaksAndEnds() {
        int n = 200_000;
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            xy[0][i] = i;
            xy[1][i] = Math.sin(i / 5_000.0);
        }
        xy[1][123_457] = 9; // a spike
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("line", xy);
        JFreeChart chart = new JFreeChart(new XYPlot(data, new NumberAxis(), new NumberAxis(),
                new XYLineAndShapeRenderer(true, false)));
        XYDataset thin = decimation.forVector(chart, 4_000).getXYPlot().getDataset();
        assertTrue(thin.getItemCount(0) <= 4_000, "" + thin.getItemCount(0));
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < thin.getItemCount(0); i++) {
            max = Math.max(max, thin.getYValue(0, i));
        }
        assertEquals(9, max);
        assertEquals(0, thin.getXValue(0, 0));
        assertEquals(n - 1, thin.getXValue(0, thin.getItemCount(0) - 1));
    }

    @Test
    void theCaptionIsInChinese() {
        JFreeChart thin = new ChartDecimation(new Messages(java.util.Locale.SIMPLIFIED_CHINESE))
                .forVector(clouds(20_000), 5_000);
        String caption = ((TextTitle) thin.getSubtitle(thin.getSubtitleCount() - 1)).getText();
        assertTrue(caption.contains("抽稀") && caption.contains("40,002"), caption);
    }
}
