package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four verbs with {@code --engine spark --spark-master local[2]} on a generated sample database, beside the same
 * verbs on the local engine: k-means' WCSS within 1%, the same itemsets and rules, recommendation lists and an
 * evaluation from Spark's ALS, and a Spark run saved like any other.
 */
class SparkCommandTest {
    private static final String[] SPARK = {"--engine", "spark", "--spark-master", "local[2]"};

    @TempDir
    static Path dir;
    private static String db;

    @BeforeAll
    static void sampleDatabase() throws Exception {
        db = new CommandRun(dir).sampleDatabase(400).toString();
    }

    private static String[] args(String... args) {
        return args;
    }

    private static String[] onSpark(String... args) {
        String[] all = new String[args.length + SPARK.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(SPARK, 0, all, args.length, SPARK.length);
        return all;
    }

    private static CommandRun ok(String... args) {
        CommandRun run = new CommandRun(dir);
        assertEquals(0, run.run(args), run.stdout + run.stderr);
        return run;
    }

    private static double wcss(Path metrics) throws Exception {
        Matcher m = Pattern.compile("\"wcss\"\\s*:\\s*([0-9.Ee+-]+)").matcher(Files.readString(metrics));
        assertTrue(m.find(), metrics.toString());
        return Double.parseDouble(m.group(1));
    }

    @Test
    void segmentOnSparkFindsSegmentsAsTightAsTheLocalEngineAndSavesTheRun() throws Exception {
        Path local = dir.resolve("seg-local");
        Path spark = dir.resolve("seg-spark");
        ok(args("--db", db, "segment", "--k", "5", "--restarts", "3", "--out", local.toString()));
        CommandRun run = ok(onSpark("--db", db, "segment", "--k", "5", "--restarts", "3", "--save", "--out", spark.toString()));
        assertEquals(wcss(local.resolve("metrics.json")), wcss(spark.resolve("metrics.json")),
                0.01 * wcss(local.resolve("metrics.json")));
        assertTrue(run.stdout.contains("Saved"), run.stdout);
        for (String file : List.of("assignments.csv", "profiles.csv", "scatter.png", "profiles.svg")) {
            assertTrue(Files.size(spark.resolve(file)) > 0, file);
        }
        assertEquals(401, Files.readAllLines(spark.resolve("assignments.csv")).size(), "a segment per customer");
    }

    @Test
    void rulesOnSparkAreTheLocalRules() throws Exception {
        Path local = dir.resolve("rules-local");
        Path spark = dir.resolve("rules-spark");
        String[] common = {"--db", db, "rules", "--min-support", "0.01", "--min-confidence", "0.1"};
        ok(concat(common, "--out", local.toString()));
        ok(onSpark(concat(common, "--out", spark.toString())));
        assertEquals(Files.readString(local.resolve("itemsets.csv")), Files.readString(spark.resolve("itemsets.csv")));
        assertEquals(Files.readString(local.resolve("rules.csv")), Files.readString(spark.resolve("rules.csv")));
    }

    @Test
    void recommendAndEvaluateWithSparksAls() throws Exception {
        Path lists = dir.resolve("rec-spark");
        CommandRun run = ok(onSpark("--db", db, "recommend", "--algo", "mf", "--all", "--factors", "8",
                "--out", lists.toString()));
        assertTrue(run.stderr.contains("ALS on Spark"), run.stderr);
        assertTrue(Files.readAllLines(lists).size() > 400, "a list for every customer");
        Path eval = dir.resolve("eval-spark");
        ok(onSpark("--db", db, "evaluate-recs", "--algos", "baseline,mf", "--factors", "8", "--out",
                eval.toString()));
        List<String> metrics = Files.readAllLines(eval.resolve("metrics.csv"));
        assertTrue(metrics.stream().anyMatch(line -> line.startsWith("mf")), metrics.toString());
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
