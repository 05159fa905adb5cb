package org.crmworkbench.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.PlantedTruth;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;

/**
 * One generated data set with planted structure (800 customers, 3 years to {@link SampleDataSpec#DEFAULT_END_DATE},
 * seed 7), written once per test run and imported into each test's own database.
 */
public final class PlantedSample {
    private static Path files;
    private static PlantedTruth truth;

    private PlantedSample() {
    }

    /** The truth planted in the files {@link #load} imports. */
    public static synchronized PlantedTruth truth() {
        files();
        return truth;
    }

    /** Imports the planted data set into {@code db}. */
    public static void load(Database db) throws Exception {
        new Importer(db, Messages.english()).importDirectory(files(), ImportOptions.defaults(), Progress.none());
    }

    private static synchronized Path files() {
        if (files == null) {
            try {
                Path dir = Files.createTempDirectory("planted-sample");
                dir.toFile().deleteOnExit();
                SampleDataGenerator generator = new SampleDataGenerator(SampleDataSpec.defaults(800, 7));
                generator.writeTo(dir, false, Progress.none());
                truth = generator.truth();
                files = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
