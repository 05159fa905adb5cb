package org.crmworkbench.data.sales;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.crmworkbench.data.imports.HeaderColumns;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.RecordSource;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.work.Progress;

/**
 * Reps' revenue quotas from a CSV or XLSX file with the columns {@code rep}, {@code period} and {@code quota} (found by
 * those header names, ignoring case), one quota per row. A period is labelled as the scorecards label it: a month
 * {@code 2026-03}, a quarter {@code 2026-Q1} (a lower-case q is read too) or a year {@code 2026}. An empty rep, a
 * label of another shape, a quota that is not a number above 0 and a second quota for the same rep and period are
 * refused with their line and column; whether the reps and periods exist is for the analysis to say.
 */
public final class QuotaFileReader {
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?");

    private final ImportOptions options;

    public QuotaFileReader(ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public QuotaFileReader() {
        this(ImportOptions.defaults());
    }

    /** Whether {@code label} has the shape of a month, quarter or year label. */
    public static boolean isPeriodLabel(String label) {
        return label != null && PERIOD.matcher(label).matches();
    }

    /**
     * A quota file's quotas with where each stands, so a quota the orders cannot match can be named by its cell.
     *
     * @param file         the file's name as problems name it
     * @param quotas       the quotas, in file order
     * @param lines        each quota's line
     * @param repColumn    the rep column (1-based)
     * @param periodColumn the period column (1-based)
     * @param header       the header line's cells
     */
    public record QuotaFile(String file, List<RepQuota> quotas, List<Long> lines, int repColumn, int periodColumn,
                            List<String> header) {
        public QuotaFile {
            quotas = List.copyOf(quotas);
            lines = List.copyOf(lines);
            header = List.copyOf(header);
        }

        /** The problem of quota {@code index}'s rep ({@code rep}) or period cell, worded by {@code key}. */
        public ImportProblem problem(int index, boolean rep, String key) {
            int column = rep ? repColumn : periodColumn;
            RepQuota q = quotas.get(index);
            return new ImportProblem(file, lines.get(index), column, header.get(column - 1),
                    rep ? q.repId() : q.period(), key);
        }
    }

    /** @throws UnreadableFileException naming file, line and column of a missing column or a bad cell */
    public List<RepQuota> read(Path file, Progress progress) throws IOException {
        return readLocated(file, progress).quotas();
    }

    /** As {@link #read}, with each quota's line. */
    public QuotaFile readLocated(Path file, Progress progress) throws IOException {
        progress.stage("sales.progress.file", file.getFileName().toString());
        try (RecordSource source = RecordSources.open(file, options)) {
            String name = source.name();
            List<String> header = source.header();
            int repCol = HeaderColumns.find(name, header, "rep");
            int periodCol = HeaderColumns.find(name, header, "period");
            int quotaCol = HeaderColumns.find(name, header, "quota");
            List<RepQuota> quotas = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            SourceRecord record;
            while ((record = source.next()) != null) {
                long line = record.line();
                String rep = record.field(repCol).trim();
                if (rep.isEmpty()) {
                    throw RepFileReader.problem(name, line, repCol, header, null, "sales.problem.emptyRep");
                }
                String period = record.field(periodCol).trim();
                if (period.length() == 7 && period.charAt(5) == 'q') {
                    period = period.substring(0, 5) + "Q" + period.substring(6);
                }
                if (!isPeriodLabel(period)) {
                    throw RepFileReader.problem(name, line, periodCol, header, period.isEmpty() ? null : period,
                            "sales.problem.period");
                }
                String quotaText = record.field(quotaCol).trim();
                double quota = RepFileReader.number(quotaText);
                if (!(quota > 0) || Double.isInfinite(quota)) {
                    throw RepFileReader.problem(name, line, quotaCol, header, quotaText.isEmpty() ? null : quotaText,
                            "sales.problem.quota");
                }
                Long before = seen.putIfAbsent(rep + "\u0000" + period, line);
                if (before != null) {
                    throw RepFileReader.problem(name, line, periodCol, header, period, "sales.problem.quotaTwice",
                            rep, before);
                }
                quotas.add(new RepQuota(rep, period, quota));
                lines.add(line);
                if ((quotas.size() & 0xFFF) == 0) {
                    progress.checkCancelled();
                }
            }
            if (quotas.isEmpty()) {
                throw new UnreadableFileException(new ImportProblem(name, 0, 0, null, null,
                        "sales.problem.noQuotas"), null);
            }
            progress.worked(1000, 1000);
            return new QuotaFile(name, quotas, lines, repCol + 1, periodCol + 1, header);
        }
    }
}
