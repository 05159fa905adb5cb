package org.crmworkbench.data.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.crmworkbench.data.CrmTable;

/**
 * The sample data set shipped inside the application ({@code assets/sample/<table>.csv} on the class path),
 * which fills a new user's empty database on first start.
 */
public final class BundledSampleData {
    static final String RESOURCE_DIR = "assets/sample/";

    private final ClassLoader loader;

    public BundledSampleData(ClassLoader loader) {
        this.loader = loader;
    }

    /** Whether the class path carries the sample data set (at least its customers). */
    public boolean isPresent() {
        return loader.getResource(RESOURCE_DIR + "customers.csv") != null;
    }

    /**
     * Copies the bundled files into {@code dir} (so the importer reads them like any other files) and returns it.
     *
     * @throws IOException when the files cannot be copied, or when the class path carries no sample data
     */
    public Path extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        int copied = 0;
        for (CrmTable table : CrmTable.loadOrder()) {
            try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + table.sqlName() + ".csv")) {
                if (in != null) {
                    Files.copy(in, dir.resolve(table.sqlName() + ".csv"), StandardCopyOption.REPLACE_EXISTING);
                    copied++;
                }
            }
        }
        if (copied == 0) {
            throw new IOException("The application carries no sample data (" + RESOURCE_DIR + " is missing)");
        }
        return dir;
    }
}
