package org.crmworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartDecimation;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartSize;
import org.crmworkbench.present.report.ItemChoice;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.workflow.ReportWorkflow;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench chart --db PATH --run ID --chart NAME [--format png|svg|pdf] [--width W --height H --dpi D]
 * --out FILE}: draws one chart of a saved run again and writes it. Vector formats are thinned first when the chart
 * has more points than a vector file should hold.
 */
@Command(name = "chart", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class ChartCommand implements Callable<Integer> {
    static final double DEFAULT_WIDTH = 720;
    static final double DEFAULT_HEIGHT = 450;

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--run", paramLabel = "ID", required = true, descriptionKey = "chart.run")
    long run;

    @Option(names = "--chart", paramLabel = "NAME", required = true, descriptionKey = "chart.chart")
    String chart;

    @Option(names = "--format", paramLabel = "png|svg|pdf", descriptionKey = "chart.format")
    String format;

    @Option(names = "--width", paramLabel = "W", defaultValue = "720", descriptionKey = "chart.width")
    double width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "450", descriptionKey = "chart.height")
    double height;

    @Option(names = "--dpi", paramLabel = "D", defaultValue = "150", descriptionKey = "chart.dpi")
    int dpi;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "chart.out")
    Path out;

    @Mixin
    PersonalDataOptions people;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        ChartFormat chosen = format();
        checkSize(chosen);
        parent.requireExistingDatabase();
        TerminalProgress progress = context.progress();
        try (Database db = parent.openDatabase()) {
            ReportWorkflow workflow = new ReportWorkflow(db, m, people.policy(context.home()));
            List<ItemChoice> items;
            try {
                items = workflow.items(run);
            } catch (BadParameterException e) {
                throw new BadParameterException("run", e.messageKey(), e.getMessage(), e.args());
            }
            ItemChoice choice = items.stream().filter(i -> i.key().equals(chart)).findFirst().orElse(null);
            if (choice != null && !choice.chart()) {
                List<String> charts = items.stream().filter(ItemChoice::chart).map(ItemChoice::key).toList();
                throw new BadParameterException("chart", "cli.chart.notAChart", chart + " of run " + run
                        + " is a table; its charts are " + charts, chart, run,
                        charts.isEmpty() ? "-" : String.join(", ", charts));
            }
            ReportItem.Chart item = (ReportItem.Chart) workflow.build(run, chart, progress);
            progress.finish();
            JFreeChart drawn = item.chart();
            drawn.setTitle(item.title());
            if (chosen != ChartFormat.PNG) {
                drawn = new ChartDecimation(m).forVector(drawn, ChartDecimation.VECTOR_LIMIT);
            }
            Path target = out.toAbsolutePath();
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            new ChartExporter().export(drawn, chosen, target, width, height, dpi);
            context.out().println(m.get("cli.chart.wrote", target, item.title()));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    private ChartFormat format() {
        if (format == null) {
            return ChartFormat.ofFileName(out.getFileName().toString()).orElseThrow(() -> new BadParameterException(
                    "format", "cli.chart.formatFromName", "name the format: the file name " + out.getFileName()
                    + " does not end in .png, .svg or .pdf", out.getFileName().toString()));
        }
        for (ChartFormat f : ChartFormat.values()) {
            if (f.extension().equals(format.trim().toLowerCase(Locale.ROOT))) {
                String name = out.getFileName().toString();
                ChartFormat named = ChartFormat.ofFileName(name).orElse(f);
                if (named != f) {
                    throw new BadParameterException("format", "cli.output.formatMismatch", "--format "
                            + f.extension() + " but the file name " + name + " ends in ." + named.extension(),
                            f.extension(), name, named.extension());
                }
                return f;
            }
        }
        throw new BadParameterException("format", "cli.chart.badFormat", "expected png, svg or pdf, got " + format,
                format);
    }

    /** The same limits the exporter keeps ({@link ChartSize}), checked before the chart is built. */
    private void checkSize(ChartFormat chosen) {
        ChartSize.checkWidth(width);
        ChartSize.checkHeight(height);
        if (chosen == ChartFormat.PNG) {
            ChartSize.checkDpi(dpi);
        }
    }
}
