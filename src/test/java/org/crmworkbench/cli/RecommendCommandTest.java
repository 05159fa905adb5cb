package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.RecommendationRunStore;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelFlag;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench recommend} and {@code evaluate-recs} on planted tastes (a ratings file), on a generated database,
 * and with every kind of bad input.
 */
class RecommendCommandTest {
    @TempDir
    Path dir;
    Path ratings;
    String stdout;
    String stderr;

    /**
     * Two taste groups: customers A1..A30 rate products L1..L20 high and R1..R20 low, B1..B30 the reverse; each
     * customer rates 12 random products, so every customer has unrated products of their liked family left.
     */
    @BeforeEach
    void plantedTastes() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder csv = new StringBuilder("user,item,rating\n");
        for (String group : List.of("A", "B")) {
            for (int c = 1; c <= 30; c++) {
                boolean[] used = new boolean[40];
                for (int r = 0; r < 12; r++) {
                    int p = random.nextInt(40);
                    if (used[p]) {
                        continue;
                    }
                    used[p] = true;
                    boolean left = p < 20;
                    String item = (left ? "L" : "R") + (p % 20 + 1);
                    boolean likes = left == group.equals("A");
                    int stars = likes ? 4 + random.nextInt(2) : 1 + random.nextInt(2);
                    csv.append(group).append(c).append(',').append(item).append(',').append(stars).append('\n');
                }
            }
        }
        ratings = Files.writeString(dir.resolve("ratings.csv"), csv.toString());
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
    void aCustomersListComesFromTheirTasteFamily() throws Exception {
        for (String algo : List.of("itemknn", "userknn", "mf", "baseline")) {
            Path out = dir.resolve(algo + ".csv");
            assertEquals(0, run("recommend", "--input", ratings.toString(), "--algo", algo, "--user", "A1", "--n",
                    "5", "--out", out.toString()), algo + ": " + stderr);
            List<String> lines = Files.readAllLines(out);
            assertEquals(6, lines.size(), algo + ": " + lines);
            if (!algo.equals("baseline")) {
                long liked = lines.stream().skip(1).filter(l -> l.split(",")[3].startsWith("L")).count();
                assertTrue(liked >= 4, algo + " recommended from the wrong family: " + lines);
            }
            assertTrue(stdout.contains("1. L") || stdout.contains("1. R"), stdout);
        }
    }

    @Test
    void everyCustomerOfTheDatabaseGetsAListAndTheRunCanBeStored() throws Exception {
        Path set = dir.resolve("set");
        new SampleDataGenerator(SampleDataSpec.defaults(200, 3)).writeTo(set, false, Progress.none());
        Path db = dir.resolve("db").resolve("crm");
        assertEquals(0, run("--db", db.toString(), "import", "--dir", set.toString()), stderr);
        Path out = dir.resolve("all.csv");
        assertEquals(0, run("--db", db.toString(), "recommend", "--algo", "hybrid", "--all", "--n", "3", "--save",
                "--out", out.toString()), stderr);
        List<String> lines = Files.readAllLines(out);
        assertEquals(200 * 3 + 1, lines.size());
        assertTrue(lines.get(0).startsWith("customer_id,customer_name,rank,product_id,product_name,score"),
                lines.get(0));
        try (Database d = Database.openFile(db)) {
            RecommendationRunStore store = new RecommendationRunStore(d);
            assertEquals(600, store.load(store.runIds().get(0)).orElseThrow().items().size());
        }

        Path eval = dir.resolve("eval");
        assertEquals(0, run("--db", db.toString(), "evaluate-recs", "--algos", "baseline,userknn,itemknn,mf",
                "--neighbours", "10,40", "--split", "random", "--out", eval.toString()), stderr);
        List<String> metrics = Files.readAllLines(eval.resolve("metrics.csv"));
        assertEquals("algorithm,parameters,rmse,mae,precision@10,recall@10,ndcg@10,map@10,hit_rate@10,coverage,"
                + "fit_seconds,predict_seconds", metrics.get(0));
        assertEquals(1 + 1 + 2 + 2 + 1, metrics.size(), metrics.toString());
        for (String f : List.of("neighbours.csv", "comparison.png", "comparison.svg", "neighbours.png",
                "neighbours.svg")) {
            assertTrue(Files.size(eval.resolve(f)) > 0, f);
        }
    }

    @Test
    void kFoldAndTemporalSplitsRunFromAFile() throws Exception {
        Path eval = dir.resolve("eval");
        assertEquals(0, run("evaluate-recs", "--input", ratings.toString(), "--algos", "popular,itemknn",
                "--split", "kfold", "--folds", "3", "--out", eval.toString()), stderr);
        assertEquals(3, Files.readAllLines(eval.resolve("metrics.csv")).size());
        assertEquals(0, run("evaluate-recs", "--input", ratings.toString(), "--algos", "baseline",
                "--split", "temporal", "--last", "2", "--out", eval.toString()), stderr);
        assertTrue(stderr.matches("(?s).*Note: (\\d+) of \\1 ratings have no time.*"), stderr);
        // a neighbour count given twice is evaluated once
        assertEquals(0, run("evaluate-recs", "--input", ratings.toString(), "--algos", "itemknn",
                "--neighbours", "20,20", "--out", eval.toString()), stderr);
        assertEquals(2, Files.readAllLines(eval.resolve("metrics.csv")).size());
    }

    @Test
    void badInputExitsTwoOrThreeAndNamesTheParameterOrCell() throws Exception {
        String in = ratings.toString();
        String out = dir.resolve("x.csv").toString();
        assertBad(2, "--user: No customer 'Z9'", "recommend", "--input", in, "--user", "Z9", "--out", out);
        assertBad(2, "--algo: Unknown method 'svd'", "recommend", "--input", in, "--algo", "svd", "--all",
                "--out", out);
        assertBad(2, "--neighbours: Must be a whole number from 1 to 1000; was 0", "recommend", "--input", in,
                "--algo", "itemknn", "--neighbours", "0", "--all", "--out", out);
        assertBad(2, "--similarity: Unknown similarity 'jaccard'", "recommend", "--input", in, "--similarity",
                "jaccard", "--all", "--out", out);
        assertBad(2, "--min-neighbours: Must be a whole number from 1 to 1000; was 0", "recommend", "--input", in,
                "--algo", "itemknn", "--min-neighbours", "0", "--all", "--out", out);
        assertBad(2, "--shrinkage: Must be a number of at least 0; was -1", "recommend", "--input", in,
                "--algo", "userknn", "--shrinkage", "-1", "--all", "--out", out);
        assertBad(2, "--shrinkage: Must be at most 1000000; was 10,000,000", "evaluate-recs", "--input", in,
                "--shrinkage", "1e7", "--out", out);
        assertBad(2, "--min-neighbours: Must be a whole number from 1 to 1000; was 5000", "evaluate-recs", "--input",
                in, "--min-neighbours", "5000", "--out", out);
        assertBad(2, "--scale: Expected MIN..MAX", "recommend", "--input", in, "--scale", "five", "--all",
                "--out", out);
        assertBad(2, "mutually exclusive", "recommend", "--input", in, "--user", "A1", "--all", "--out", out);
        assertBad(2, "--save stores the lists in the database", "recommend", "--input", in, "--all", "--save",
                "--out", out);
        assertBad(2, "--algo: Content-based recommendation needs product categories, tags or descriptions",
                "recommend", "--input", in, "--algo", "content", "--all", "--out", out);
        assertBad(2, "--algos: Content-based recommendation needs", "evaluate-recs", "--input", in, "--algos",
                "baseline,content", "--out", dir.toString());
        assertBad(2, "--split: Unknown split 'bootstrap'", "evaluate-recs", "--input", in, "--split", "bootstrap",
                "--out", dir.toString());
        assertBad(2, "--folds: Must be a whole number from 2 to 50; was 1", "evaluate-recs", "--input", in,
                "--split", "kfold", "--folds", "1", "--out", dir.toString());

        Path offScale = Files.writeString(dir.resolve("off.csv"), "user,item,rating\nU1,P1,4\nU2,P1,9\n");
        assertBad(3, "off.csv, line 3, column 3 (rating): found '9'; expected a rating on the declared scale, "
                + "from 1 to 5", "recommend", "--input", offScale.toString(), "--all", "--out", out);
        Path empty = Files.writeString(dir.resolve("empty.csv"), "user,item,rating\n");
        assertBad(3, "empty.csv (whole file): the file has no ratings", "recommend", "--input", empty.toString(), "--all",
                "--out", out);
        Path emptyDb = dir.resolve("emptydb").resolve("crm");
        Database.openFile(emptyDb).close();
        assertBad(3, "has no ratings to recommend from", "--db", emptyDb.toString(), "recommend", "--all",
                "--out", out);
        assertTrue(Files.notExists(Path.of(out)), "nothing written after an error");
    }

    private void assertBad(int status, String message, String... args) {
        assertEquals(status, run(args), stdout + stderr);
        assertTrue(stderr.contains(message), "expected '" + message + "' in: " + stderr);
    }
}
