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
 * {@code workbench classify} on a planted logistic relation in a file, on the sample database's churn, and with
 * every kind of bad option. The end-to-end tests need the classification engine and the customer history reader.
 */
class ClassifyCommandTest {
    private static final int ROWS = 400;

    @TempDir
    Path dir;
    Path table;
    Path out;
    CommandRun cli;

    /** P(y = 1) = 1 / (1 + exp(-(-1 + 1.5 x1))), x2 is noise. */
    @BeforeEach
    void plantedOdds() throws Exception {
        SplittableRandom random = new SplittableRandom(21);
        StringBuilder text = new StringBuilder("customer_id,x1,x2,y,label\n");
        for (int i = 0; i < ROWS; i++) {
            double x1 = random.nextDouble(-3, 3);
            double x2 = random.nextDouble(-3, 3);
            int y = random.nextDouble() < 1 / (1 + Math.exp(1 - 1.5 * x1)) ? 1 : 0;
            text.append("C").append(i).append(',').append(x1).append(',').append(x2).append(',').append(y)
                    .append(",l").append(i).append('\n');
        }
        table = Files.writeString(dir.resolve("churn.csv"), text.toString());
        out = dir.resolve("out");
        cli = new CommandRun(dir);
    }

    @Test
    @SuppressWarnings("unchecked")
    void logisticSeparatesThePlantedClassesAndWritesEveryFile() throws Exception {
        assertEquals(0, cli.run("classify", "--input", table.toString(), "--target", "y", "--features", "x1,x2",
                "--model", "logistic", "--threshold", "0.5", "--compare", "--trees", "50", "--out", out.toString()),
                cli.stderr);
        Map<String, Object> metrics = json(out.resolve("metrics.json"));
        assertTrue(number(metrics, "auc") > 0.75, metrics.toString());
        assertEquals(0.5, number(metrics, "threshold"));
        Map<String, Object> confusion = (Map<String, Object>) metrics.get("confusion");
        assertEquals(number(metrics, "test_rows"), number(confusion, "tp") + number(confusion, "fp")
                + number(confusion, "tn") + number(confusion, "fn"));
        assertEquals(3, ((List<?>) metrics.get("comparison")).size());
        List<List<String>> scores = csv(out.resolve("scores.csv"));
        assertEquals(List.of("id", "score", "predicted", "actual"), scores.get(0).subList(0, 4));
        assertEquals(ROWS + 1, scores.size());
        assertEquals("C0", scores.get(1).get(0));
        for (List<String> row : scores.subList(1, scores.size())) {
            double score = Double.parseDouble(row.get(1));
            assertEquals(score >= 0.5 ? "1" : "0", row.get(2));
            assertTrue(row.get(3).equals("0") || row.get(3).equals("1"), row.toString());
        }
        List<List<String>> coefficients = csv(out.resolve("coefficients.csv"));
        assertEquals("odds_ratio", coefficients.get(0).get(2));
        double slope = Double.parseDouble(coefficients.get(2).get(1));
        double se = Double.parseDouble(coefficients.get(2).get(3));
        assertEquals("x1", coefficients.get(2).get(0));
        assertEquals(1.5, slope, 4 * se);
        for (String chart : List.of("roc", "precision-recall", "gains", "importance", "comparison")) {
            assertTrue(Files.size(out.resolve(chart + ".png")) > 1000, chart);
            assertTrue(Files.exists(out.resolve(chart + ".svg")), chart);
        }
        assertTrue(cli.stdout.contains("AUC"), cli.stdout);
        assertTrue(cli.stdout.contains("Confusion matrix at threshold 0.5"), cli.stdout);
        assertTrue(cli.stdout.contains("Target y: the 0/1 values of the column"), cli.stdout);
    }

    @Test
    void theDatabaseScoresChurnRiskOfCurrentCustomersWithTopFactors() throws Exception {
        Path db = cli.sampleDatabase(300);
        assertEquals(0, cli.run("--db", db.toString(), "classify", "--model", "gbm", "--trees", "50",
                "--window-days", "120", "--save", "--out", out.toString()), cli.stderr);
        assertTrue(cli.stdout.contains("Target churned: 1 when a customer who had ordered before"), cli.stdout);
        assertTrue(cli.stdout.contains("in the 120 days from"), cli.stdout);
        List<List<String>> scores = csv(out.resolve("scores.csv"));
        assertEquals(List.of("id", "score", "predicted", "actual", "factor1", "effect1", "factor2", "effect2",
                "factor3", "effect3"), scores.get(0));
        assertEquals(301, scores.size());
        assertEquals("", scores.get(1).get(3), "the future is unknown");
        try (Database d = Database.openFile(db)) {
            PredictionRunRecord run = new PredictionRunStore(d).latest(PredictionRunRecord.CLASSIFICATION)
                    .orElseThrow();
            assertEquals("churned", run.target());
            assertEquals("gbm", run.model());
            assertEquals(120, run.windowDays());
            assertEquals(300, run.values().length);
        }
    }

    @Test
    void aTargetThatIsNotZeroOrOneIsRefused() throws Exception {
        Files.writeString(table, "C999,0,0,2,l\n", java.nio.file.StandardOpenOption.APPEND);
        cli.assertFails(2, "--target:", "classify", "--input", table.toString(), "--target", "y", "--out",
                out.toString());
    }

    @Test
    void badOptionsExitTwoAndNameTheOption() {
        String in = table.toString();
        String o = out.toString();
        cli.assertFails(2, "--model:", "classify", "--input", in, "--target", "y", "--model", "ols", "--out", o);
        cli.assertFails(2, "--balance: expected none or weights, got smote", "classify", "--input", in,
                "--target", "y", "--balance", "smote", "--out", o);
        cli.assertFails(2, "--threshold: the threshold is a probability from 0 to 1, got 1.5", "classify",
                "--input", in, "--target", "y", "--threshold", "1.5", "--out", o);
        cli.assertFails(2, "--lambda:", "classify", "--input", in, "--target", "y", "--lambda", "-2", "--out", o);
        cli.assertFails(2, "--trees:", "classify", "--input", in, "--target", "y", "--trees", "3000", "--out", o);
        cli.assertFails(2, "--folds:", "classify", "--input", in, "--target", "y", "--folds", "50", "--out", o);
        cli.assertFails(2, "--target:", "classify", "--input", in, "--out", o);
        cli.assertFails(2, "--save stores the predictions in the database", "classify", "--input", in,
                "--target", "y", "--save", "--out", o);
        cli.assertFails(2, "no such file or folder", "classify", "--input", dir.resolve("none.csv").toString(),
                "--target", "y", "--out", o);
        assertFalse(Files.exists(out));
    }

    @Test
    void aTextTargetExitsThreeAndNamesTheCell() {
        cli.assertFails(3, "the target label is not numeric: churn.csv, line 2, column 5 (label): found 'l0'",
                "classify", "--input", table.toString(), "--target", "label", "--out", out.toString());
    }
}
