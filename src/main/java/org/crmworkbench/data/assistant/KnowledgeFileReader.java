package org.crmworkbench.data.assistant;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.imports.ColumnMapping;
import org.crmworkbench.data.imports.FieldSpec;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.RecordSource;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.data.imports.TableSpec;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;

/**
 * Reads a knowledge base or a labelled test file (CSV or XLSX) with columns {@code question} and {@code intent},
 * {@code answer} and {@code language} optional. The columns are found as the knowledge-base import finds them (the
 * same English and Chinese header names: 问题, 意图, 答案, 语言 ...), files are opened as the import opens them
 * (separator and encoding detected), and each cell is held to the import's limits. A row whose cells are all empty is
 * skipped; an empty question or intent, a cell over its length and a language that is not a language code are refused
 * with their file, line and column, and nothing is returned unless every row is good.
 */
public final class KnowledgeFileReader {
    private static final TableSpec SPEC = TableSpec.of(CrmTable.KNOWLEDGE_BASE);

    private final ImportOptions options;

    public KnowledgeFileReader(ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public KnowledgeFileReader() {
        this(ImportOptions.defaults());
    }

    /**
     * @throws UnreadableFileException naming the file (a missing column, no rows) or its line and column (a bad cell)
     */
    public List<KnowledgeEntry> read(Path file, Progress progress) throws IOException {
        progress.stage("assistant.stage.readFile", file.getFileName().toString());
        try (RecordSource source = RecordSources.open(file, options)) {
            String name = source.name();
            List<String> header = source.header();
            ColumnMapping mapping = ColumnMapping.infer(SPEC, header);
            List<FieldSpec> missing = mapping.missingRequired();
            if (!missing.isEmpty()) {
                throw new UnreadableFileException(new ImportProblem(name, 0, 0, null, null,
                        "import.problem.missingColumn", missing.get(0).name(), String.join(", ", header)), null);
            }
            int[] columns = new int[SPEC.fields().size()];
            for (int f = 0; f < columns.length; f++) {
                columns[f] = mapping.columnOf(f);
            }
            List<KnowledgeEntry> entries = new ArrayList<>();
            SourceRecord record;
            while ((record = source.next()) != null) {
                String[] cells = new String[columns.length];
                boolean any = false;
                for (int f = 0; f < columns.length; f++) {
                    cells[f] = columns[f] < 0 ? "" : record.field(columns[f]).strip();
                    any |= !cells[f].isEmpty();
                }
                if (!any) {
                    continue;
                }
                for (int f = 0; f < columns.length; f++) {
                    FieldSpec field = SPEC.fields().get(f);
                    if (field.required() && cells[f].isEmpty()) {
                        throw problem(name, record.line(), columns[f], header, null, "import.problem.required");
                    }
                    if (field.maxLength() > 0 && cells[f].length() > field.maxLength()) {
                        throw problem(name, record.line(), columns[f], header, cells[f], "import.problem.tooLong",
                                field.maxLength(), cells[f].length());
                    }
                }
                String language = null;
                if (!cells[3].isEmpty()) {
                    language = languageCode(cells[3]);
                    if (language == null) {
                        throw problem(name, record.line(), columns[3], header, cells[3],
                                "import.problem.notLanguage");
                    }
                }
                entries.add(new KnowledgeEntry(cells[0], cells[1], cells[2], language));
                if ((entries.size() & 0xFFF) == 0) {
                    double read = source.fractionRead();
                    if (read >= 0) {
                        progress.worked((long) (read * 1000), 1000);
                    }
                    progress.checkCancelled();
                }
            }
            if (entries.isEmpty()) {
                throw new UnreadableFileException(new ImportProblem(name, 0, 0, null, null,
                        "assistant.problem.noQuestions"), null);
            }
            progress.worked(1000, 1000);
            return entries;
        }
    }

    /**
     * The two-letter code of a language cell ({@code en}, {@code zh}; {@code zh-CN} and {@code English} or
     * {@code 中文} are read as their language), or null when the cell names no language.
     */
    public static String languageCode(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        switch (text) {
            case "中文", "汉语", "chinese", "简体中文", "繁體中文":
                return "zh";
            case "英文", "英语", "english":
                return "en";
            default:
                break;
        }
        if (text.matches("[a-z]{2,3}([-_][a-z0-9]{2,4})?")) {
            return text.split("[-_]")[0];
        }
        return null;
    }

    private static UnreadableFileException problem(String file, long line, int column, List<String> header,
                                                   String value, String key, Object... args) {
        return new UnreadableFileException(new ImportProblem(file, line, column + 1, header.get(column), value, key,
                args), null);
    }
}
