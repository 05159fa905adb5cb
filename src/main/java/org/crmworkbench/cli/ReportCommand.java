package org.crmworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.report.Report;
import org.crmworkbench.present.report.ReportCatalogue;
import org.crmworkbench.present.report.ReportFormat;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.workflow.ReportWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench report --db PATH (--runs ID,ID... | --latest segment,forecast,...) [--items run:key,...]
 * --title T [--notes TEXT] [--format pdf|html|xlsx] --out FILE}: builds a report from saved runs (each run's default
 * charts and tables, in the order the runs are given, unless {@code --items} picks them) and writes it.
 */
@Command(name = "report", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--runs", paramLabel = "ID,ID...", split = ",", descriptionKey = "report.runs")
    List<String> runs;

    @Option(names = "--latest", paramLabel = "KIND,...", split = ",", descriptionKey = "report.latest")
    List<String> latest;

    @Option(names = "--items", paramLabel = "RUN:NAME,...", split = ",", descriptionKey = "report.items")
    List<String> items;

    @Option(names = "--title", paramLabel = "T", required = true, descriptionKey = "report.title")
    String title;

    @Option(names = "--notes", paramLabel = "TEXT", defaultValue = "", descriptionKey = "report.notes")
    String notes;

    @Option(names = "--format", paramLabel = "pdf|html|xlsx", descriptionKey = "report.format")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "report.out")
    Path out;

    @Mixin
    PersonalDataOptions people;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        if ((runs == null) == (latest == null)) {
            throw new BadParameterException("runs", "cli.report.runsOrLatest",
                    "give either --runs ID,ID... or --latest KIND,... (not both)");
        }
        ReportFormat chosen = format();
        parent.requireExistingDatabase();
        TerminalProgress progress = context.progress();
        try (Database db = parent.openDatabase()) {
            ReportWorkflow workflow = new ReportWorkflow(db, m, people.policy(context.home()));
            Map<Long, String> chosenRuns = runs != null ? byId(workflow) : byKind(workflow, m);
            List<ReportItem> built = workflow.buildItems(chosenRuns.keySet(), picked(chosenRuns), progress);
            Report report = workflow.report(title, notes, built);
            Path target = out.toAbsolutePath();
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            workflow.export(report, chosen, target, progress);
            progress.finish();
            context.out().println(m.get("cli.report.wrote", target, built.size(), chosenRuns.size()));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    private ReportFormat format() {
        if (format == null) {
            String name = out.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return (dot < 0 ? java.util.Optional.<ReportFormat>empty() : ReportFormat.of(name.substring(dot + 1)))
                    .orElseThrow(() -> new BadParameterException("format", "cli.report.formatFromName",
                            "name the format: the file name does not end in .pdf, .html or .xlsx", name));
        }
        ReportFormat chosen = ReportFormat.of(format.trim()).orElseThrow(() -> new BadParameterException("format",
                "cli.report.badFormat", "expected pdf, html or xlsx, got " + format, format));
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        ReportFormat named = dot < 0 ? null : ReportFormat.of(name.substring(dot + 1)).orElse(null);
        if (named != null && named != chosen) {
            throw new BadParameterException("format", "cli.output.formatMismatch", "--format " + chosen.extension()
                    + " but the file name " + name + " ends in ." + named.extension(), chosen.extension(), name,
                    named.extension());
        }
        return chosen;
    }

    /** The runs named by id, in the order given, each with its kind. */
    private Map<Long, String> byId(ReportWorkflow workflow) {
        Map<Long, String> chosen = new LinkedHashMap<>();
        for (String text : runs) {
            long id;
            try {
                id = Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new BadParameterException("runs", "cli.report.badRunId", "expected run ids such as 3,7, got "
                        + text, text);
            }
            chosen.put(id, workflow.kindOf(id));
        }
        return chosen;
    }

    /** The newest run of each kind named, in the order given. */
    private Map<Long, String> byKind(ReportWorkflow workflow, Messages m) {
        Map<Long, String> chosen = new LinkedHashMap<>();
        for (String text : latest) {
            String kind = text.trim().toLowerCase(Locale.ROOT);
            SavedRun run = workflow.latest(text).orElseThrow(() -> new DataProblemException(
                    m.get("cli.report.noRun", kind, m.get("cli.report.savedBy." + kind))));
            chosen.put(run.id(), ReportCatalogue.storedKind(kind));
        }
        return chosen;
    }

    /** The items {@code --items} picks per run ({@code 12:scatter} or {@code segment:radar}), in the order given. */
    private Map<Long, List<String>> picked(Map<Long, String> chosenRuns) {
        Map<Long, List<String>> picked = new LinkedHashMap<>();
        if (items == null) {
            return picked;
        }
        for (String text : items) {
            int colon = text.indexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw new BadParameterException("items", "cli.report.badItem",
                        "expected RUN:NAME such as 12:scatter or segment:radar, got " + text, text);
            }
            String runPart = text.substring(0, colon).trim();
            String key = text.substring(colon + 1).trim();
            Long id = null;
            try {
                long parsed = Long.parseLong(runPart);
                id = chosenRuns.containsKey(parsed) ? parsed : null;
            } catch (NumberFormatException e) {
                String kind = ReportCatalogue.storedKind(runPart);
                id = chosenRuns.entrySet().stream().filter(en -> en.getValue().equals(kind)).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
            }
            if (id == null) {
                throw new BadParameterException("items", "cli.report.itemRunNotChosen", "run " + runPart
                        + " of " + text + " is not among the report's runs " + chosenRuns.keySet(), runPart, text,
                        chosenRuns.keySet().toString());
            }
            picked.computeIfAbsent(id, k -> new ArrayList<>()).add(key);
        }
        return picked;
    }
}
