package org.crmworkbench.present.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** An SVG with Chinese text draws it as outlines, so it looks the same where no CJK font is installed. */
class SvgChineseTextTest {
    private final ChartStyle style = new ChartStyle(new ChartFonts());

    private JFreeChart chart(String title, String axis) {
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("s", new double[][] {{1, 2, 3}, {2, 4, 3}});
        return style.apply(new JFreeChart(title, new XYPlot(data, new NumberAxis(axis), new NumberAxis("y"),
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer())));
    }

    private static String svg(JFreeChart chart) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChartExporter().write(chart, ChartFormat.SVG, out, 400, 300, 72);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void chineseTextBecomesOutlines() throws Exception {
        String svg = svg(chart("客户分群结果", "月份"));
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(0, doc.getElementsByTagName("text").getLength(), "no text elements left");
        assertFalse(svg.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "no Chinese characters in the file");
        assertTrue(doc.getElementsByTagName("path").getLength() > 10, "glyphs drawn as paths");
    }

    @Test
    void onlyCjkCharactersNeedOutlines() {
        assertTrue(ChartExporter.needsCjkFont("收入（元）"));
        assertTrue(ChartExporter.needsCjkFont("Revenue \uff08yuan\uff09"));
        assertFalse(ChartExporter.needsCjkFont("Revenue \u2013 k \u2265 2 \u00d7 3 \u2192 PC1"));
    }

    @Test
    void latinTextStaysText() throws Exception {
        Document doc = parse(svg(chart("Customer segments", "Month")));
        assertTrue(doc.getElementsByTagName("text").getLength() > 3);
    }
}
