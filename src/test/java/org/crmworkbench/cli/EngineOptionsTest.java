package org.crmworkbench.cli;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.crmworkbench.analysis.engine.FitEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --engine}, {@code --spark-master}, {@code --spark-conf} on the four verbs with a big fit, in a build without
 * the Spark engine: what Spark cannot fit is refused first (exit 2, naming the option), then the missing engine says
 * how to build it. (With the engine built, src/spark-test runs the same verbs on Spark.)
 */
class EngineOptionsTest {
    @TempDir
    static Path dir;
    private static String db;

    @BeforeAll
    static void sampleDatabase() throws Exception {
        db = new CommandRun(dir).sampleDatabase(200).toString();
    }

    private CommandRun run() {
        CommandRun run = new CommandRun(dir);
        run.engines = new FitEngines(new URLClassLoader(new URL[0], null));
        return run;
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void sparkMissingFromTheBuildSaysHowToBuildIt() {
        String hint = "mvn -B -Pspark -DskipTests package";
        run().assertFails(2, hint, "--db", db, "segment", "--k", "4", "--engine", "spark", "--out", out("s"));
        run().assertFails(2, hint, "--db", db, "recommend", "--algo", "mf", "--all", "--engine", "spark",
                "--out", out("r"));
        run().assertFails(2, hint, "--db", db, "rules", "--min-support", "0.01", "--min-confidence", "0.1",
                "--engine", "spark", "--out", out("b"));
        run().assertFails(2, hint, "--db", db, "evaluate-recs", "--algos", "mf,baseline", "--engine", "spark",
                "--out", out("e"));
    }

    @Test
    void whatSparkDoesNotFitIsRefusedBeforeAnythingStarts() {
        run().assertFails(2, "one k at a time", "--db", db, "segment", "--k", "2..6", "--engine", "spark",
                "--out", out("s"));
        run().assertFails(2, "k-means only", "--db", db, "segment", "--algo", "dbscan", "--engine", "spark",
                "--out", out("s"));
        run().assertFails(2, "matrix factorisation only", "--db", db, "recommend", "--algo", "itemknn", "--all",
                "--engine", "spark", "--out", out("r"));
        run().assertFails(2, "ALS only", "--db", db, "recommend", "--algo", "mf", "--solver", "sgd", "--all",
                "--engine", "spark", "--out", out("r"));
        run().assertFails(2, "FP-growth only", "--db", db, "rules", "--min-support", "0.01", "--min-confidence",
                "0.1", "--algo", "apriori", "--engine", "spark", "--out", out("b"));
        run().assertFails(2, "do not include it", "--db", db, "evaluate-recs", "--algos", "itemknn,baseline",
                "--engine", "spark", "--out", out("e"));
    }

    @Test
    void malformedEngineOptionsNameTheOption() {
        run().assertFails(2, "--engine", "--db", db, "segment", "--k", "4", "--engine", "hadoop", "--out", out("s"));
        run().assertFails(2, "--spark-master", "--db", db, "segment", "--k", "4", "--engine", "spark",
                "--spark-master", "localhost:7077", "--out", out("s"));
        run().assertFails(2, "key=value", "--db", db, "segment", "--k", "4", "--engine", "spark",
                "--spark-conf", "executor-memory", "--out", out("s"));
        run().assertFails(2, "need --engine spark", "--db", db, "segment", "--k", "4", "--spark-master",
                "local[2]", "--out", out("s"));
    }

    @Test
    void theLocalEngineNamedOutrightIsTheDefault() {
        CommandRun local = run();
        org.junit.jupiter.api.Assertions.assertEquals(0, local.run("--db", db, "segment", "--k", "4", "--engine",
                "local", "--out", out("local")), local.stderr);
        CommandRun byDefault = run();
        org.junit.jupiter.api.Assertions.assertEquals(0, byDefault.run("--db", db, "segment", "--k", "4", "--out",
                out("default")), byDefault.stderr);
        org.junit.jupiter.api.Assertions.assertEquals(local.stdout.replace(out("local"), "OUT"),
                byDefault.stdout.replace(out("default"), "OUT"));
    }
}
