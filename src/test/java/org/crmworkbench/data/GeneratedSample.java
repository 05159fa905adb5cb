package org.crmworkbench.data;

import java.nio.file.Path;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;

/** A generated sample data set of a chosen size and seed, imported into a test's database. */
public final class GeneratedSample {
    private GeneratedSample() {
    }

    /** Opens the file database {@code dir/db/workbench} and imports a sample generated into {@code dir/sample}. */
    public static Database open(Path dir, int customers, long seed) throws Exception {
        // the PostgreSQL run of the tests tagged both-engines gets a team database instead (TestDatabases)
        Database db = org.crmworkbench.testing.TestDatabases.onPostgresql()
                ? org.crmworkbench.testing.TestDatabases.fresh() : Database.openFile(dir.resolve("db").resolve("workbench"));
        importInto(db, dir, customers, seed);
        return db;
    }

    /** Generates a sample of {@code customers} with {@code seed} into {@code dir/sample} and imports it into {@code db}. */
    public static void importInto(Database db, Path dir, int customers, long seed) throws Exception {
        Path data = dir.resolve("sample");
        new SampleDataGenerator(SampleDataSpec.defaults(customers, seed)).writeTo(data, false, Progress.none());
        new Importer(db, Messages.english()).importDirectory(data, ImportOptions.defaults(), Progress.none());
    }
}
