package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.FileResult;
import org.crmworkbench.data.imports.ImportFailedException;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.ImportReport;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.imports.SlashedDateOrder;
import org.crmworkbench.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench import --table TABLE FILE} or {@code workbench import --dir DIR}: validated, all-or-nothing
 * import; {@code --skip-bad-rows --rejects PATH} loads the good rows and writes the bad ones with their reasons.
 */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--table", paramLabel = "TABLE", descriptionKey = "import.table")
    String table;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "import.dir")
    Path dir;

    @Option(names = "--skip-bad-rows", descriptionKey = "import.skip")
    boolean skipBadRows;

    @Option(names = "--rejects", paramLabel = "PATH", descriptionKey = "import.rejects")
    Path rejects;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", descriptionKey = "import.map")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--rating-scale", paramLabel = "MIN..MAX", defaultValue = "1..5", descriptionKey = "import.ratingScale")
    String ratingScale;

    @Option(names = "--date-order", paramLabel = "mdy|dmy", defaultValue = "mdy", descriptionKey = "import.dateOrder")
    String dateOrder;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", descriptionKey = "import.encoding")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", descriptionKey = "import.delimiter")
    String delimiter;

    @Option(names = "--show-problems", paramLabel = "N", defaultValue = "20", descriptionKey = "import.showProblems")
    int showProblems;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        ImportOptions options = options(m);
        TerminalProgress progress = context.progress();
        try (Database db = parent.openDatabase()) {
            Importer importer = new Importer(db, m);
            ImportReport report;
            try {
                report = dir != null
                        ? importer.importDirectory(dir, options, progress)
                        : importer.importFile(tableOf(m), file, options, progress);
            } catch (ImportFailedException e) {
                progress.finish();
                printFailure(context, e.report());
                return ExitCode.DATA;
            } finally {
                progress.finish();
            }
            printSuccess(context, report);
            return ExitCode.OK;
        }
    }

    private ImportOptions options(Messages m) {
        if ((dir == null) == (file == null)) {
            throw new UsageException(m.get("cli.import.fileOrDir"));
        }
        if (dir != null && (table != null || !mapping.isEmpty())) {
            throw new UsageException(m.get("cli.import.dirWithTable"));
        }
        if (file != null && table == null) {
            throw new UsageException(m.get("cli.import.needTable", CrmTable.allNames()));
        }
        if (skipBadRows && rejects == null) {
            throw new UsageException(m.get("cli.import.needRejects"));
        }
        if (!skipBadRows && rejects != null) {
            throw new UsageException(m.get("cli.import.rejectsWithoutSkip"));
        }
        if (showProblems < 1) {
            throw new UsageException(m.get("cli.badValue", "--show-problems", showProblems, m.get("cli.expect.positive")));
        }
        ImportOptions o = ImportOptions.defaults()
                .withRatingScale(scaleBound(m, 0), scaleBound(m, 1))
                .withSlashedDates(dateOrder(m))
                .withEncoding(charset(m))
                .withMapping(mapping)
                .withMaxProblems(Math.max(showProblems, 200));
        if (delimiter != null) {
            o = o.withDelimiter(delimiterChar(m));
        }
        return skipBadRows ? o.skippingBadRows(rejects) : o;
    }

    private CrmTable tableOf(Messages m) {
        return CrmTable.parse(table).orElseThrow(() ->
                new UsageException(m.get("cli.badValue", "--table", table, CrmTable.allNames())));
    }

    private double scaleBound(Messages m, int which) {
        String[] parts = ratingScale.split("\\.\\.", -1);
        try {
            if (parts.length == 2) {
                double min = Double.parseDouble(parts[0].trim());
                double max = Double.parseDouble(parts[1].trim());
                if (min < max) {
                    return which == 0 ? min : max;
                }
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException(m.get("cli.badValue", "--rating-scale", ratingScale, m.get("cli.expect.scale")));
    }

    private SlashedDateOrder dateOrder(Messages m) {
        switch (dateOrder.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "mdy":
                return SlashedDateOrder.MONTH_FIRST;
            case "dmy":
                return SlashedDateOrder.DAY_FIRST;
            default:
                throw new UsageException(m.get("cli.badValue", "--date-order", dateOrder, "mdy, dmy"));
        }
    }

    private Charset charset(Messages m) {
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException(m.get("cli.badValue", "--encoding", encoding, "UTF-8, GB18030, UTF-16 ..."));
        }
    }

    private char delimiterChar(Messages m) {
        String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (d.length() != 1 || Character.isLetterOrDigit(d.charAt(0)) || d.charAt(0) == '"') {
            throw new UsageException(m.get("cli.badValue", "--delimiter", delimiter, m.get("cli.expect.delimiter")));
        }
        return d.charAt(0);
    }

    private void printSuccess(CliContext context, ImportReport report) {
        Messages m = context.messages();
        PrintStream out = context.out();
        for (FileResult f : report.files()) {
            out.println(m.get("cli.import.fileLoaded", f.file(), f.table().sqlName(), f.rowsLoaded(), f.rowsRejected()));
            if (!f.ignoredHeaders().isEmpty()) {
                out.println("  " + m.get("cli.import.ignored", String.join(", ", f.ignoredHeaders())));
            }
        }
        out.println(m.get("cli.import.done", report.rowsLoaded(), report.elapsed().toMillis() / 1000.0,
                Math.round(report.rowsPerSecond())));
        if (report.rowsRejected() > 0) {
            for (Path p : report.rejects()) {
                out.println(m.get("cli.import.rejectsWritten", report.rowsRejected(), p.toAbsolutePath()));
            }
        }
    }

    private void printFailure(CliContext context, ImportReport report) {
        Messages m = context.messages();
        PrintStream err = context.err();
        err.println(m.get("cli.import.refused", report.problemCount()));
        List<ImportProblem> problems = report.problems();
        int shown = Math.min(showProblems, problems.size());
        for (int i = 0; i < shown; i++) {
            err.println("  " + problems.get(i).describe(m));
        }
        if (report.problemCount() > shown) {
            err.println("  " + m.get("cli.import.more", report.problemCount() - shown));
        }
    }

}
