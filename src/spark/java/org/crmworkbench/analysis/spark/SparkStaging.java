package org.crmworkbench.analysis.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * A folder of CSV part files holding one fit's input, written from the arrays the workbench read from its database
 * (an H2 file or a team database), for Spark to read in parallel; deleted when closed.
 *
 * <p>In local mode the folder is a temporary one on this machine. A cluster's executors cannot see that: there the
 * folder goes under {@value #DIR_SETTING} (any Hadoop file system every executor reaches: {@code hdfs://...},
 * {@code s3a://...}, or a shared mount), and a cluster without it is refused before anything is written.
 */
final class SparkStaging implements AutoCloseable {
    /** The Spark setting naming the shared folder (a {@code --spark-conf} entry). */
    static final String DIR_SETTING = "spark.crmworkbench.stagingDir";

    private final Configuration hadoop;
    private final Path folder;
    private final java.nio.file.Path localRoot;

    SparkStaging(SparkSession session, EngineChoice choice) {
        this.hadoop = session.sparkContext().hadoopConfiguration();
        String shared = choice.conf().get(DIR_SETTING);
        try {
            if (shared != null && !shared.isBlank()) {
                localRoot = null;
                folder = new Path(shared, "crm-workbench-" + UUID.randomUUID());
            } else if (choice.inProcess()) {
                localRoot = Files.createTempDirectory("crm-spark-");
                folder = new Path(localRoot.toUri());
            } else {
                requireSharedFolder(choice);
                throw new IllegalStateException("unreachable");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a staging folder for Spark", e);
        }
    }

    /**
     * A cluster's executors cannot read a folder on this machine: without {@value #DIR_SETTING} it is refused.
     *
     * @throws BadParameterException on {@code spark-conf}
     */
    static void requireSharedFolder(EngineChoice choice) {
        String shared = choice.conf().get(DIR_SETTING);
        if (!choice.inProcess() && (shared == null || shared.isBlank())) {
            throw new BadParameterException("spark-conf", "engine.spark.noStaging", "a cluster ("
                    + choice.master() + ") reads the data from a folder every executor can reach; give one with"
                    + " --spark-conf " + DIR_SETTING + "=hdfs://namenode/tmp (or another shared folder)",
                    choice.master(), DIR_SETTING);
        }
    }

    /**
     * A new folder for Spark's checkpoints: under the shared staging folder when one is set, else a temporary folder
     * here in local mode; null on a cluster without a shared folder (fits then refuse before starting).
     */
    static String checkpointFolder(EngineChoice choice) {
        String shared = choice.conf().get(DIR_SETTING);
        if (shared != null && !shared.isBlank()) {
            return new Path(shared, "crm-workbench-checkpoints-" + UUID.randomUUID()).toString();
        }
        if (!choice.inProcess()) {
            return null;
        }
        try {
            return Files.createTempDirectory("crm-spark-checkpoints-").toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a checkpoint folder for Spark", e);
        }
    }

    /** Deletes {@code folder} and what it holds, quietly. */
    static void delete(SparkSession session, String folder) {
        try {
            Path path = new Path(folder);
            path.getFileSystem(session.sparkContext().hadoopConfiguration()).delete(path, true);
        } catch (IOException | RuntimeException e) {
            // a leftover temporary folder is not worth failing for
        }
    }

    /** Writes a line of a staged table. */
    interface Lines {
        /** Appends row {@code row}'s line, without the line break. */
        void write(int row, StringBuilder line);
    }

    /**
     * Writes {@code rows} lines into {@code parts} part files of a table {@code name}; returns the table's folder
     * for {@code spark.read()}.
     */
    String write(String name, int rows, int parts, Lines lines, Progress progress) {
        Path table = new Path(folder, name);
        int count = Math.max(1, Math.min(parts, Math.max(1, rows)));
        StringBuilder line = new StringBuilder(256);
        try {
            FileSystem fs = table.getFileSystem(hadoop);
            fs.mkdirs(table);
            for (int part = 0; part < count; part++) {
                int from = (int) ((long) rows * part / count);
                int to = (int) ((long) rows * (part + 1) / count);
                Path file = new Path(table, String.format("part-%05d.csv", part));
                try (Writer out = new BufferedWriter(new OutputStreamWriter(fs.create(file, true),
                        StandardCharsets.UTF_8), 1 << 16)) {
                    for (int row = from; row < to; row++) {
                        line.setLength(0);
                        lines.write(row, line);
                        line.append('\n');
                        out.append(line);
                        if ((row & 0xFFFF) == 0) {
                            progress.checkCancelled();
                        }
                    }
                }
                progress.worked(part + 1, count);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write Spark's input to " + table, e);
        }
        return table.toString();
    }

    @Override
    public void close() {
        try {
            folder.getFileSystem(hadoop).delete(folder, true);
        } catch (IOException | RuntimeException e) {
            // a leftover temporary folder is not worth failing a fit for
        }
        if (localRoot != null) {
            try (var walk = Files.walk(localRoot)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // as above
            }
        }
    }
}
