package org.crmworkbench.cli;

import static org.crmworkbench.present.ParsedOutput.csv;
import static org.crmworkbench.present.ParsedOutput.json;
import static org.crmworkbench.present.ParsedOutput.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.PredictionRunStore;
import org.crmworkbench.model.PredictionRunRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench regress} on a planted linear relation in a file, on the sample database, and with every kind of
 * bad option. The end-to-end tests need the regression engine and the customer history reader.
 */
class RegressCommandTest {
    private static final int ROWS = 200;

    @TempDir
    Path dir;
    Path table;
    Path out;
    CommandRun cli;

    /** y = 3 + 2 x1 - 1.5 x2 + N(0, 0.5); the last row has no y and is predicted all the same. */
    @BeforeEach
    void plantedLine() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder text = new StringBuilder("id,x1,x2,note,y\n");
        for (int i = 0; i < ROWS; i++) {
            double x1 = random.nextDouble(0, 10);
            double x2 = random.nextDouble(-5, 5);
            double noise = 0.5 * gaussian(random);
            text.append("R").append(i).append(',').append(x1).append(',').append(x2).append(",n").append(i)
                    .append(',').append(3 + 2 * x1 - 1.5 * x2 + noise).append('\n');
        }
        text.append("NEW,1,1,n,\n");
        table = Files.writeString(dir.resolve("table.csv"), text.toString());
        out = dir.resolve("out");
        cli = new CommandRun(dir);
    }

    static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void olsRecoversThePlantedCoefficientsAndWritesEveryFile() throws Exception {
        assertEquals(0, cli.run("regress", "--input", table.toString(), "--target", "y", "--features", "x1,x2",
                "--model", "ols", "--folds", "5", "--seed", "7", "--out", out.toString()), cli.stderr);
        List<List<String>> coefficients = csv(out.resolve("coefficients.csv"));
        assertEquals(List.of("term", "estimate", "std_error", "t", "p", "lower95", "upper95"), coefficients.get(0));
        assertEquals(List.of("intercept", "x1", "x2"), coefficients.subList(1, 4).stream().map(r -> r.get(0))
                .toList());
        double[] planted = {3, 2, -1.5};
        for (int k = 0; k < 3; k++) {
            double estimate = Double.parseDouble(coefficients.get(k + 1).get(1));
            double se = Double.parseDouble(coefficients.get(k + 1).get(2));
            assertEquals(planted[k], estimate, 4 * se, coefficients.get(k + 1).get(0));
        }
        Map<String, Object> metrics = json(out.resolve("metrics.json"));
        assertEquals("ols", metrics.get("model"));
        assertTrue(number(metrics, "r2") > 0.95, metrics.toString());
        assertEquals(0.5, number(metrics, "rse"), 0.1);
        assertEquals(5, ((List<?>) ((Map<?, ?>) metrics.get("cv")).get("folds")).size());
        assertTrue(number(metrics, "rmse") < 0.7);
        List<List<String>> predictions = csv(out.resolve("predictions.csv"));
        assertEquals(List.of("id", "predicted_y"), predictions.get(0));
        assertEquals(ROWS + 2, predictions.size(), "every row, the one without y too");
        assertEquals("NEW", predictions.get(ROWS + 1).get(0));
        assertEquals(3 + 2 - 1.5, Double.parseDouble(predictions.get(ROWS + 1).get(1)), 0.3);
        for (String chart : List.of("actual-vs-predicted", "residuals", "coefficients")) {
            assertTrue(Files.size(out.resolve(chart + ".png")) > 1000, chart);
            assertTrue(Files.size(out.resolve(chart + ".svg")) > 1000, chart);
        }
        assertTrue(cli.stdout.contains("Residual standard error:"), cli.stdout);
        assertTrue(cli.stdout.contains("R²:"), cli.stdout);
        assertTrue(cli.stdout.contains("F statistic:"), cli.stdout);
        assertTrue(cli.stdout.lines().anyMatch(l -> l.startsWith("x1 ") && l.endsWith(" ***")), cli.stdout);
        assertTrue(cli.stdout.contains("Rows left out because y is missing: 1"), cli.stdout);
    }

    @Test
    @SuppressWarnings("unchecked")
    void compareScoresEveryModelOnTheSameSplit() throws Exception {
        assertEquals(0, cli.run("regress", "--input", table.toString(), "--target", "y", "--features", "x1,x2",
                "--model", "rf", "--trees", "50", "--folds", "3", "--compare", "--out", out.toString()), cli.stderr);
        Map<String, Object> metrics = json(out.resolve("metrics.json"));
        List<Object> comparison = (List<Object>) metrics.get("comparison");
        assertEquals(List.of("ols", "ridge", "lasso", "poly", "svr", "rf", "gbm"), comparison.stream()
                .map(c -> ((Map<String, Object>) c).get("model")).toList());
        assertEquals(List.of("feature", "importance", "lower", "upper"), csv(out.resolve("coefficients.csv"))
                .get(0));
        assertTrue(Files.exists(out.resolve("comparison.png")));
        assertTrue(cli.stdout.contains("Model comparison"), cli.stdout);
    }

    @Test
    void theDatabasePredictsNextSpendPerCustomerAndCanSaveTheRun() throws Exception {
        Path db = cli.sampleDatabase(300);
        assertEquals(0, cli.run("--db", db.toString(), "regress", "--model", "ols", "--save", "--out",
                out.toString()), cli.stderr);
        assertTrue(cli.stdout.contains("Target next_spend from the default features recency_days, "
                + "orders_per_month, avg_basket, tenure_days"), cli.stdout);
        assertTrue(cli.stdout.contains("outcomes over the 180 days"), cli.stdout);
        assertEquals(301, csv(out.resolve("predictions.csv")).size());
        assertEquals("predicted_next_spend", csv(out.resolve("predictions.csv")).get(0).get(1));
        assertTrue(cli.stdout.contains("Saved as run #"), cli.stdout);
        try (Database d = Database.openFile(db)) {
            PredictionRunRecord run = new PredictionRunStore(d).latest(PredictionRunRecord.REGRESSION).orElseThrow();
            assertEquals("next_spend", run.target());
            assertEquals(300, run.values().length);
            assertEquals(180, run.windowDays());
            assertEquals(json(Files.readString(out.resolve("metrics.json"))), json(run.metrics()));
        }
        cli.assertFails(2, "--features: next_orders is measured in the outcome window", "--db", db.toString(),
                "regress", "--features", "recency_days,next_orders", "--out", out.toString());
        cli.assertFails(2, "--window-days:", "--db", db.toString(), "regress", "--window-days", "3", "--out",
                out.toString());
    }

    @Test
    void badOptionsExitTwoAndNameTheOption() {
        String in = table.toString();
        String o = out.toString();
        cli.assertFails(2, "--model:", "regress", "--input", in, "--target", "y", "--model", "magic", "--out", o);
        cli.assertFails(2, "--degree:", "regress", "--input", in, "--target", "y", "--model", "poly", "--degree",
                "9", "--out", o);
        cli.assertFails(2, "--lambda:", "regress", "--input", in, "--target", "y", "--lambda", "-1", "--out", o);
        cli.assertFails(2, "--trees:", "regress", "--input", in, "--target", "y", "--trees", "5", "--out", o);
        cli.assertFails(2, "--folds:", "regress", "--input", in, "--target", "y", "--folds", "1", "--out", o);
        cli.assertFails(2, "--test-share:", "regress", "--input", in, "--target", "y", "--test-share", "0.9",
                "--out", o);
        cli.assertFails(2, "--target: name the column to predict in table.csv", "regress", "--input", in,
                "--out", o);
        cli.assertFails(2, "--save stores the predictions in the database", "regress", "--input", in, "--target",
                "y", "--save", "--out", o);
        cli.assertFails(2, "--window-days sets the outcome window", "regress", "--input", in, "--target", "y",
                "--window-days", "90", "--out", o);
        cli.assertFails(2, "no such file or folder", "regress", "--input", dir.resolve("missing.csv").toString(),
                "--target", "y", "--out", o);
        cli.assertFails(2, "--out", "regress", "--input", in, "--target", "y");
        cli.assertFails(2, "No database at", "--db", dir.resolve("nowhere").toString(), "regress", "--out", o);
        assertFalse(Files.exists(out), "nothing written after a refused run");
    }

    @Test
    void aTextTargetOrFeatureExitsThreeAndNamesTheCell() {
        cli.assertFails(3, "the target note is not numeric: table.csv, line 2, column 4 (note): found 'n0'",
                "regress", "--input", table.toString(), "--target", "note", "--out", out.toString());
        cli.assertFails(3, "column note is neither numeric nor a category (a text column with at most 50 distinct "
                + "values): table.csv, line 2, column 4", "regress", "--input",
                table.toString(), "--target", "y", "--features", "x1,note", "--out", out.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aTextColumnWithFewValuesIsACategoricalFeature() throws Exception {
        // y = 1 + 2 x + 4 [South] + N(0, 0.3): treatment coding with North as the base recovers the 4
        SplittableRandom random = new SplittableRandom(5);
        StringBuilder text = new StringBuilder("id,x,region,y\n");
        for (int i = 0; i < 300; i++) {
            double x = random.nextDouble(0, 10);
            boolean south = random.nextBoolean();
            text.append("R").append(i).append(',').append(x).append(',').append(south ? "South" : "North")
                    .append(',').append(1 + 2 * x + (south ? 4 : 0) + 0.3 * gaussian(random)).append('\n');
        }
        Path regions = Files.writeString(dir.resolve("regions.csv"), text.toString());
        assertEquals(0, cli.run("regress", "--input", regions.toString(), "--target", "y", "--features", "x,region",
                "--model", "ols", "--out", out.toString()), cli.stderr);
        List<List<String>> coefficients = csv(out.resolve("coefficients.csv"));
        List<String> south = coefficients.stream().filter(r -> r.get(0).equals("region[South]")).findFirst()
                .orElseThrow();
        assertEquals(4, Double.parseDouble(south.get(1)), 0.15);
    }
}
