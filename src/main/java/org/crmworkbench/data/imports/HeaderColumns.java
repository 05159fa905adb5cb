package org.crmworkbench.data.imports;

import java.util.List;
import java.util.Locale;

/**
 * Finds a column a reader was told to use in a file's header: by its exact name, or else ignoring case and the
 * spaces around it.
 */
public final class HeaderColumns {
    private HeaderColumns() {
    }

    /**
     * The index of {@code wanted} in {@code header}.
     *
     * @throws UnreadableFileException naming the file's header line and the columns there are, when it is missing
     */
    public static int find(String file, List<String> header, String wanted) {
        int index = header.indexOf(wanted.trim());
        if (index >= 0) {
            return index;
        }
        String folded = wanted.trim().toLowerCase(Locale.ROOT);
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).trim().toLowerCase(Locale.ROOT).equals(folded)) {
                return c;
            }
        }
        throw new UnreadableFileException(new ImportProblem(file, 1, 0, null, null,
                "series.problem.missingColumn", wanted, String.join(", ", header)), null);
    }
}
