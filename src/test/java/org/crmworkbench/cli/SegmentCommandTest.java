package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.SegmentRunStore;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelFlag;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench segment} on planted blobs, on the database, and with every kind of bad parameter. */
class SegmentCommandTest {
    private static final double[][] CENTRES = {{0, 0}, {10, 0}, {0, 10}};
    private static final int PER_BLOB = 60;

    @TempDir
    Path dir;
    Path points;
    Path out;
    String stdout;
    String stderr;

    @BeforeEach
    void plantedBlobs() throws Exception {
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("id,x,y,note\n");
        for (int i = 0; i < CENTRES.length * PER_BLOB; i++) {
            double[] c = CENTRES[i % CENTRES.length];
            csv.append("P").append(i).append(',').append(c[0] + random.nextGaussian() * 0.5).append(',')
                    .append(c[1] + random.nextGaussian() * 0.5).append(",n").append(i).append('\n');
        }
        points = Files.writeString(dir.resolve("points.csv"), csv.toString());
        out = dir.resolve("out");
    }

    int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), new Messages(Locale.ENGLISH), new CancelFlag(),
                false, Map.of(), new AppHome(dir.resolve("home")));
        int status = new Cli(context).run(args);
        stdout = o.toString(StandardCharsets.UTF_8);
        stderr = e.toString(StandardCharsets.UTF_8);
        return status;
    }

    @Test
    void aKRangeFindsThePlantedBlobsAndWritesEveryFile() throws Exception {
        assertEquals(0, run("segment", "--input", points.toString(), "--features", "x,y", "--k", "2..6",
                "--out", out.toString()), stderr);
        List<String> lines = Files.readAllLines(out.resolve("assignments.csv"));
        assertEquals("id,segment", lines.get(0));
        assertEquals(CENTRES.length * PER_BLOB + 1, lines.size());
        Map<Integer, Integer> segmentOfBlob = new HashMap<>();
        for (int i = 0; i < CENTRES.length * PER_BLOB; i++) {
            String[] f = lines.get(i + 1).split(",");
            assertEquals("P" + i, f[0], "rows in input order");
            int segment = Integer.parseInt(f[1]);
            assertEquals(segment, segmentOfBlob.computeIfAbsent(i % CENTRES.length, b -> segment),
                    "every row of a blob in one segment");
        }
        assertEquals(3, new HashSet<>(segmentOfBlob.values()).size(), "three blobs, three segments");
        String metrics = Files.readString(out.resolve("metrics.json"));
        for (String field : List.of("\"wcss\"", "\"silhouette\"", "\"davies_bouldin\"", "\"calinski_harabasz\"",
                "\"stability\"", "\"suggested_k\" : 3")) {
            assertTrue(metrics.contains(field), field + " in " + metrics);
        }
        assertEquals(5, metrics.split("\"k\" : ").length - 2, "one entry per k from 2 to 6");
        assertTrue(Files.readAllLines(out.resolve("profiles.csv")).get(0).startsWith("segment,name,customers"));
        for (String chart : List.of("scatter.png", "scatter.svg", "profiles.png", "profiles.svg", "k-choice.png",
                "k-choice.svg")) {
            assertTrue(Files.size(out.resolve(chart)) > 1000, chart);
        }
    }

    @Test
    void dbscanMarksScatteredRowsAsNoise() throws Exception {
        Files.writeString(points, "far1,50,50,x\nfar2,-40,30,x\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, run("segment", "--input", points.toString(), "--features", "x,y", "--algo", "dbscan",
                "--eps", "0.3", "--min-pts", "4", "--out", out.toString()), stderr);
        List<String> lines = Files.readAllLines(out.resolve("assignments.csv"));
        assertEquals("far1,-1", lines.get(lines.size() - 2));
        assertEquals("far2,-1", lines.get(lines.size() - 1));
        Set<String> segments = new HashSet<>();
        lines.subList(1, lines.size() - 2).forEach(l -> segments.add(l.split(",")[1]));
        assertTrue(segments.containsAll(List.of("0", "1", "2")), segments.toString());
        assertTrue(Files.exists(out.resolve("k-distance.png")));
    }

    @Test
    void theDatabaseUsesTheDefaultBehaviourFeaturesAndCanSaveTheRun() throws Exception {
        Path set = dir.resolve("set");
        new SampleDataGenerator(SampleDataSpec.defaults(300, 3)).writeTo(set, false, Progress.none());
        Path db = dir.resolve("db").resolve("crm");
        assertEquals(0, run("--db", db.toString(), "import", "--dir", set.toString()), stderr);
        assertEquals(0, run("--db", db.toString(), "segment", "--k", "4", "--save", "--out", out.toString()), stderr);
        assertTrue(stdout.contains("Features (default behaviour set): recency_days, orders_per_month, avg_basket, "
                + "tenure_days on 300 rows"), stdout);
        assertTrue(stdout.contains("Saved as run #"), stdout);
        assertEquals(301, Files.readAllLines(out.resolve("assignments.csv")).size());
        try (Database d = Database.openFile(db)) {
            assertEquals(4, new SegmentRunStore(d).latest().orElseThrow().segments().size());
        }
    }

    @Test
    void aKBeyondTheRowsIsRefusedBeforeTheDataIsRead() throws Exception {
        Path set = dir.resolve("set");
        new SampleDataGenerator(SampleDataSpec.defaults(300, 3)).writeTo(set, false, Progress.none());
        Path db = dir.resolve("db").resolve("crm");
        assertEquals(0, run("--db", db.toString(), "import", "--dir", set.toString()), stderr);
        assertBad(2, "--k: 99999 segments were asked for, but there are only 300 rows", "--db", db.toString(),
                "segment", "--k", "99999", "--out", out.toString());
        assertFalse(stderr.contains("Reading customers"), "refused on a count, before reading: " + stderr);
        assertBad(2, "--k: 99999 segments were asked for, but there are only 300 rows", "--db", db.toString(),
                "segment", "--k", "2..99999", "--out", out.toString());

        // a file is bounded by its lines: the bad cell further down is never reached
        Path file = Files.writeString(dir.resolve("few.csv"), "id,x\nA,1\nB,2\nC,three\n");
        assertBad(2, "--k: 50 segments were asked for, but there are only 3 rows", "segment", "--input",
                file.toString(), "--k", "50", "--out", out.toString());
        assertFalse(Files.exists(out.resolve("assignments.csv")));
    }

    @Test
    void badParametersExitTwoAndNameTheParameter() {
        String in = points.toString();
        String o = out.toString();
        assertBad(2, "--k: The number of segments must be at least 2", "segment", "--input", in, "--k", "1",
                "--out", o);
        assertBad(2, "--k: 500 segments were asked for, but there are only 180 rows", "segment", "--input", in,
                "--k", "500", "--out", o);
        assertBad(2, "--k expects a number such as 5 or a range such as 2..12, got five", "segment", "--input", in,
                "--k", "five", "--out", o);
        assertBad(2, "--eps: eps must be a positive distance", "segment", "--input", in, "--algo", "dbscan",
                "--eps", "0", "--out", o);
        assertBad(2, "--eps: eps must be a positive distance", "segment", "--input", in, "--algo", "dbscan",
                "--eps", "-1", "--out", o);
        assertBad(2, "--min-pts", "segment", "--input", in, "--algo", "dbscan", "--eps", "1", "--min-pts", "0",
                "--out", o);
        assertBad(2, "--features: there is no feature called z; the features are: x, y", "segment", "--input", in,
                "--features", "x,z", "--out", o);
        assertBad(2, "--scale: expected none, zscore, minmax or robust, got log", "segment", "--input", in,
                "--scale", "log", "--out", o);
        assertBad(2, "--algo: expected kmeans, dbscan or gmm, got spectral", "segment", "--input", in, "--algo",
                "spectral", "--out", o);
        assertBad(2, "--algo gmm takes one k", "segment", "--input", in, "--algo", "gmm", "--k", "2..5",
                "--out", o);
        assertBad(2, "--save stores the run in the database", "segment", "--input", in, "--save", "--out", o);
        assertBad(2, "no such file or folder", "segment", "--input", dir.resolve("missing.csv").toString(), "--out", o);
        assertFalse(Files.exists(out.resolve("assignments.csv")), "nothing written after a refused run");
    }

    @Test
    void badDataExitsThreeAndNamesTheCell() throws Exception {
        assertBad(3, "column note is not numeric: points.csv, line 2, column 4 (note): found 'n0'", "segment",
                "--input", points.toString(), "--features", "x,note", "--out", out.toString());
        Path empty = Files.writeString(dir.resolve("empty.csv"), "id,x\n");
        assertBad(3, "the file has a header but no data rows", "segment", "--input", empty.toString(),
                "--out", out.toString());
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "id,x\nA,1\nB,2,3\n");
        assertBad(3, "ragged.csv, line 3", "segment", "--input", ragged.toString(), "--out", out.toString());
    }

    private void assertBad(int status, String message, String... args) {
        assertEquals(status, run(args), stdout + stderr);
        assertTrue(stderr.contains(message), "expected '" + message + "' in: " + stderr);
    }
}
