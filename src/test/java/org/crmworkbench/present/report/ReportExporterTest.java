package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes are atomic: a failure or a cancel midway leaves the previous file and no temporary file; progress counts
 * items.
 */
class ReportExporterTest {
    private static final byte[] OLD = "the previous report".getBytes(StandardCharsets.UTF_8);

    private final SampleReports samples = new SampleReports();

    @TempDir
    Path dir;

    /** A report whose third item is a chart that fails while it is drawn. */
    private Report failingReport() {
        JFreeChart broken = new JFreeChart(new XYPlot() {
            private static final long serialVersionUID = 1L;

            @Override
            public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                             PlotRenderingInfo info) {
                throw new IllegalStateException("the chart cannot be drawn");
            }
        });
        List<ReportItem> items = new ArrayList<>(samples.english().items());
        items.add(2, new ReportItem.Chart("broken", "Broken", "", SampleReports.provenance(3, "segment"), broken));
        Report r = samples.english();
        return new Report(r.title(), r.notes(), r.createdAt(), r.appVersion(), r.dataSet(), items);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void aWriterFailingMidwayLeavesThePreviousFile() throws IOException {
        for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.HTML)) {
            Path file = dir.resolve("report." + format.extension());
            Files.write(file, OLD);
            assertThrows(IllegalStateException.class, () -> new ReportExporter(Messages.english())
                    .export(failingReport(), format, file, Progress.none()));
            assertArrayEquals(OLD, Files.readAllBytes(file));
            assertEquals(List.of(file), files(), "a temporary file was left behind");
            Files.delete(file);
        }
        Path file = dir.resolve("x.csv");
        Files.write(file, OLD);
        assertThrows(IOException.class, () -> org.crmworkbench.present.AtomicFile.write(file, out -> {
            out.write("half a file".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void aCancelLeavesThePreviousFile() throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            Path file = dir.resolve("report." + format.extension());
            Files.write(file, OLD);
            assertThrows(CancelledException.class, () -> new ReportExporter(Messages.english())
                    .export(samples.english(), format, file, new CancelledProgress()));
            // cancelled after the second item
            assertThrows(CancelledException.class, () -> new ReportExporter(Messages.english())
                    .export(samples.english(), format, file, new CancelAfter(2)));
            assertArrayEquals(OLD, Files.readAllBytes(file));
            assertEquals(List.of(file), files());
            Files.delete(file);
        }
    }

    @Test
    void progressCountsOneStepPerItemAndReplacesTheFile() throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            Path file = dir.resolve("report." + format.extension());
            Files.write(file, OLD);
            CancelAfter progress = new CancelAfter(Integer.MAX_VALUE);
            new ReportExporter(Messages.english()).export(samples.english(), format, file, progress);
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L), progress.done, format.toString());
            assertEquals(4, progress.stages);
            assertTrue(Files.size(file) > 1000);
        }
        assertEquals(3, files().size());
    }

    /** Counts steps and asks to stop once {@code after} items are done. */
    private static final class CancelAfter implements Progress {
        private final int after;
        final List<Long> done = new ArrayList<>();
        int stages;

        CancelAfter(int after) {
            this.after = after;
        }

        @Override
        public void worked(long d, long total) {
            assertEquals(4, total);
            done.add(d);
        }

        @Override
        public void stage(String messageKey, Object... args) {
            assertEquals("report.doc.stage.item", messageKey);
            stages++;
        }

        @Override
        public boolean isCancelled() {
            return !done.isEmpty() && done.get(done.size() - 1) >= after;
        }
    }
}
