package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The HTML is well-formed XML, holds one inline SVG per chart, escapes the analyst's text and links nothing outside.
 */
class HtmlReportWriterTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";

    private final SampleReports samples = new SampleReports();

    @TempDir
    Path dir;

    private Document export(Report report, Messages messages, Path file) throws Exception {
        new ReportExporter(messages, ZoneOffset.UTC).export(report, ReportFormat.HTML, file, Progress.none());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void wellFormedWithAnInlineSvgPerChartAndEscapedText() throws Exception {
        Path file = dir.resolve("report.html");
        Report report = samples.english();
        Document doc = export(report, Messages.english(), file);
        assertEquals("en", doc.getDocumentElement().getAttribute("lang"));
        NodeList svgs = doc.getElementsByTagNameNS(SVG, "svg");
        assertEquals(2, svgs.getLength());
        assertEquals("0 0 720 450", ((Element) svgs.item(0)).getAttribute("viewBox").replace(".0", ""),
                "scales with the page");
        // the title with < & > survives as text
        assertEquals(report.title(), doc.getElementsByTagNameNS(XHTML, "h1").item(0).getTextContent());
        assertEquals(report.title(), doc.getElementsByTagNameNS(XHTML, "title").item(0).getTextContent());
        // the tables: 150 and 4 rows, numbers right-aligned, NaN empty
        NodeList tables = doc.getElementsByTagNameNS(XHTML, "table");
        assertEquals(2, tables.getLength());
        Element big = (Element) tables.item(0);
        assertEquals(1 + 150, big.getElementsByTagNameNS(XHTML, "tr").getLength());
        Element firstCells = (Element) big.getElementsByTagNameNS(XHTML, "tbody").item(0);
        NodeList cells = firstCells.getElementsByTagNameNS(XHTML, "td");
        assertEquals("Segment 1", cells.item(0).getTextContent());
        assertEquals("num", ((Element) cells.item(1)).getAttribute("class"));
        assertEquals("12,346", cells.item(2).getTextContent());
        assertEquals("0.125", cells.item(3).getTextContent());
        assertEquals("", cells.item(5 * 2 + 2).getTextContent(), "NaN shows empty");
        assertEquals("2024-01-01", cells.item(4).getTextContent());
        // contents link to the items, and each item has its provenance
        NodeList sections = doc.getElementsByTagNameNS(XHTML, "section");
        assertEquals(4, sections.getLength());
        assertEquals("item-1", ((Element) sections.item(0)).getAttribute("id"));
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("#7 (segment)"));
        assertTrue(text.contains("k = 4, features = recency, frequency, monetary; scaled"));
        assertTrue(text.contains("Built 2025-03-14 09:30 Z with CRM Workbench 0.1.0"));
        noExternalReferences(doc, Files.readString(file, StandardCharsets.UTF_8));
        uniqueIds(doc);
        Files.copy(file, Path.of(System.getProperty("java.io.tmpdir"), "i6-writers-sample.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Two inline SVGs must not share the ids of their clip paths and gradients. */
    private static void uniqueIds(Document doc) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            assertTrue(id.isEmpty() || ids.add(id), "id " + id + " is used twice");
        }
    }

    @Test
    void chineseReportIsMarkedChineseAndKeepsItsText() throws Exception {
        Path file = dir.resolve("报告.html");
        Document doc = export(samples.chinese(), new Messages(Locale.SIMPLIFIED_CHINESE), file);
        assertTrue(doc.getDocumentElement().getAttribute("lang").startsWith("zh"));
        String text = doc.getDocumentElement().getTextContent();
        for (String expected : List.of("季度客户分析报告", "北方地区的客户群增长最快。", "流失风险客户", "来源", "目录")) {
            assertTrue(text.contains(expected), expected);
        }
        assertEquals(1, doc.getElementsByTagNameNS(SVG, "svg").getLength());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("<meta charset=\"UTF-8\"/>"));
        noExternalReferences(doc, html);
    }

    /** No link, script, image or style that loads anything: every href is an anchor in the page. */
    private static void noExternalReferences(Document doc, String html) {
        assertEquals(0, doc.getElementsByTagNameNS("*", "link").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "iframe").getLength());
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                String name = attribute.getLocalName();
                if (name.equals("href") || name.equals("src")) {
                    assertTrue(attribute.getNodeValue().startsWith("#"), attribute.getNodeValue());
                }
            }
        }
        assertFalse(html.contains("@import"));
        assertFalse(html.matches("(?s).*url\\(\\s*['\"]?(https?:|//).*"), "a style loads from the net");
    }
}
