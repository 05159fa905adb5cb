package org.crmworkbench.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a data file by what it is: an XLSX workbook (by its ZIP signature or name), otherwise CSV text. */
public final class RecordSources {
    private RecordSources() {
    }

    public static RecordSource open(Path file, ImportOptions options) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (isXlsx(file)) {
            return new XlsxRecordSource(file);
        }
        return new CsvRecordSource(file, options);
    }

    static boolean isXlsx(Path file) throws IOException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
