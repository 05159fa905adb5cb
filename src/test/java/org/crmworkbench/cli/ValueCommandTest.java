package org.crmworkbench.cli;

import static org.crmworkbench.present.ParsedOutput.csv;
import static org.crmworkbench.present.ParsedOutput.json;
import static org.crmworkbench.present.ParsedOutput.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.ValueRunStore;
import org.crmworkbench.model.ValueRunRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench value} on transactions simulated from a planted BG/NBD process, on the sample database's orders,
 * and with bad options and bad data.
 */
class ValueCommandTest {
    /** The planted BG/NBD parameters (weeks), near those Fader, Hardie and Lee found for CDNOW. */
    private static final double R = 0.5;
    private static final double ALPHA = 6;
    private static final double A = 0.8;
    private static final double B = 2.5;
    private static final LocalDate START = LocalDate.of(2023, 1, 2);

    @TempDir
    Path dir;
    Path transactions;
    Path out;
    CommandRun cli;

    @BeforeEach
    void plantedCustomers() throws Exception {
        transactions = Files.writeString(dir.resolve("tx.csv"), simulate(3000, 20261207L));
        out = dir.resolve("out");
        cli = new CommandRun(dir);
    }

    /**
     * Customers join in the first 12 weeks; each buys at a gamma-distributed rate (shape R, rate ALPHA per week) and
     * after each repeat purchase drops out with a beta-distributed probability (A, B); observed for 78 weeks. Spend per
     * purchase: gamma around the customer's own mean.
     */
    static String simulate(int customers, long seed) {
        RandomGenerator random = new MersenneTwister(seed);
        GammaDistribution rates = new GammaDistribution(random, R, 1 / ALPHA);
        BetaDistribution dropouts = new BetaDistribution(random, A, B);
        GammaDistribution means = new GammaDistribution(random, 6, 5);
        StringBuilder text = new StringBuilder("customer,date,amount\n");
        for (int c = 0; c < customers; c++) {
            double lambda = rates.sample();
            double p = dropouts.sample();
            double mean = means.sample();
            double t = random.nextInt(12 * 7) / 7.0;
            boolean first = true;
            while (t < 78) {
                LocalDate day = START.plusDays((long) Math.floor(t * 7));
                text.append("C").append(c).append(',').append(day).append(',')
                        .append(Math.round(mean * (0.5 + random.nextDouble()) * 100) / 100.0).append('\n');
                // BG/NBD: a customer may drop out after a repeat purchase, never right after the first
                if (!first && random.nextDouble() < p) {
                    break;
                }
                first = false;
                t += -Math.log(1 - random.nextDouble()) / lambda;
            }
        }
        return text.toString();
    }

    @Test
    void withPseudonymizeTheCustomersFileAndChartsCarryKeyedPseudonymsOfTheIds() throws Exception {
        Path small = Files.writeString(dir.resolve("small.csv"), simulate(400, 7L));
        Path key = dir.resolve("value.key");
        assertEquals(0, cli.run("value", "--input", small.toString(), "--customer-col", "customer",
                "--date-col", "date", "--amount-col", "amount", "--calibration-end",
                START.plusWeeks(52).minusDays(1).toString(), "--pseudonymize", "--pseudonym-key", key.toString(),
                "--out", out.toString()), cli.stderr);
        org.crmworkbench.present.PersonalDataPolicy keyed = org.crmworkbench.present.PersonalDataPolicy
                .pseudonymized(new org.crmworkbench.present.PseudonymKey(key).bytes());
        java.util.Set<String> pseudonyms = new java.util.HashSet<>();
        for (int c = 0; c < 400; c++) {
            pseudonyms.add(keyed.id("C" + c));
        }
        List<String> lines = Files.readAllLines(out.resolve("customers.csv"));
        assertTrue(lines.size() > 100);
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(pseudonyms.contains(line.substring(0, line.indexOf(','))), line);
        }
        String chart = Files.readString(out.resolve("top-customers.svg"));
        assertTrue(pseudonyms.stream().anyMatch(chart::contains), "the top customers are named by pseudonym");
        assertTrue(java.util.stream.IntStream.range(0, 400).noneMatch(c -> chart.contains(">C" + c + "<")));
    }

    @Test
    void aTransactionFileIsValuedWithThePlantedModelRecovered() throws Exception {
        LocalDate calibrationEnd = START.plusWeeks(52).minusDays(1);
        assertEquals(0, cli.run("value", "--input", transactions.toString(), "--customer-col", "customer",
                "--date-col", "date", "--amount-col", "amount", "--calibration-end", calibrationEnd.toString(),
                "--holdout-end", START.plusWeeks(78).minusDays(1).toString(), "--out", out.toString()), cli.stderr);
        Map<String, Object> parameters = json(out.resolve("parameters.json"));
        assertEquals("bgnbd", parameters.get("model"));
        assertEquals(R, number(parameters, "r"), 0.15);
        assertEquals(ALPHA, number(parameters, "alpha"), 2.0);
        assertEquals(A, number(parameters, "a"), 0.35);
        assertEquals(B, number(parameters, "b"), 1.5);
        assertTrue(number(parameters, "log_likelihood") < 0);
        Map<?, ?> spend = (Map<?, ?>) parameters.get("gamma_gamma");
        for (String name : List.of("p", "q", "gamma", "log_likelihood")) {
            assertTrue(spend.containsKey(name), name);
        }
        List<List<String>> customers = csv(out.resolve("customers.csv"));
        assertEquals(List.of("customer_id", "frequency", "recency", "T", "monetary_value", "p_alive",
                "expected_purchases", "expected_spend", "clv", "r_score", "f_score", "m_score", "rfm_segment",
                "lifecycle_stage"), customers.get(0));
        assertTrue(customers.size() > 2500, "one row per customer who bought in the calibration window");
        for (List<String> row : customers.subList(1, customers.size())) {
            double alive = Double.parseDouble(row.get(5));
            assertTrue(alive >= 0 && alive <= 1, row.toString());
            assertTrue(Double.parseDouble(row.get(8)) >= 0, row.toString());
        }
        assertTrue(Files.exists(out.resolve("holdout.csv")));
        for (String chart : List.of("p-alive-map", "clv-distribution", "migration", "tracking", "holdout")) {
            assertTrue(Files.size(out.resolve(chart + ".png")) > 1000, chart);
            assertTrue(Files.exists(out.resolve(chart + ".svg")), chart);
        }
        assertTrue(cli.stdout.contains("BG/NBD"), cli.stdout);
        assertTrue(cli.stdout.contains("Pareto/NBD"), "the other model is compared: " + cli.stdout);
    }

    /**
     * The CDNOW sample (2,357 customers, 39 calibration weeks): the published BG/NBD estimates (Fader, Hardie and Lee
     * 2005: r 0.243, alpha 4.414, a 0.793, b 2.426, log-likelihood -9582.4) and Gamma-Gamma's (Fader, Hardie and Lee
     * 2005, "RFM and CLV": p 6.25, q 3.74, gamma 15.44), from the raw transactions.
     */
    @Test
    void theCdnowSampleGivesThePublishedEstimates() throws Exception {
        assertEquals(0, cli.run("value", "--input", "assets/public/cdnow/cdnow_sample_transactions.csv",
                "--customer-col", "customer", "--date-col", "date", "--amount-col", "amount", "--calibration-end",
                "1997-09-30", "--holdout-end", "1998-06-30", "--out", out.toString()), cli.stderr);
        Map<String, Object> parameters = json(out.resolve("parameters.json"));
        assertEquals(0.243, number(parameters, "r"), 0.0005);
        assertEquals(4.414, number(parameters, "alpha"), 0.0005);
        assertEquals(0.793, number(parameters, "a"), 0.0005);
        assertEquals(2.426, number(parameters, "b"), 0.0005);
        assertEquals(-9582.4, number(parameters, "log_likelihood"), 0.05);
        Map<?, ?> spend = (Map<?, ?>) parameters.get("gamma_gamma");
        assertEquals(6.25, ((Number) spend.get("p")).doubleValue(), 0.005);
        assertEquals(3.74, ((Number) spend.get("q")).doubleValue(), 0.005);
        assertEquals(15.44, ((Number) spend.get("gamma")).doubleValue(), 0.005);
        assertEquals(2358, csv(out.resolve("customers.csv")).size());
    }

    @Test
    void theDatabaseOrdersAreValuedAndSavedForReports() throws Exception {
        Path db = cli.sampleDatabase(400);
        LocalDate end;
        try (Database d = Database.openFile(db)) {
            end = new org.crmworkbench.workflow.ValueWorkflow(d).orderSpan().last().minusMonths(6);
        }
        assertEquals(0, cli.run("--db", db.toString(), "value", "--calibration-end", end.toString(), "--model",
                "pnbd", "--period", "month", "--horizon", "12", "--save", "--out", out.toString()), cli.stderr);
        assertTrue(cli.stdout.contains("Saved as run #"), cli.stdout);
        try (Database d = Database.openFile(db)) {
            ValueRunRecord run = new ValueRunStore(d).latest().orElseThrow();
            assertEquals("pnbd", run.model());
            assertEquals("month", run.unit());
            assertEquals(end, run.calibrationEnd());
            assertEquals(12, run.horizon());
            assertEquals(json(Files.readString(out.resolve("parameters.json"))), json(run.parameters()));
            assertEquals(csv(out.resolve("customers.csv")).size() - 1, run.customers());
        }
        assertFalse(Files.exists(out.resolve("holdout.csv")), "no holdout asked");
    }

    @Test
    void theAnalystsOwnCutPointsScoreTheCustomers() throws Exception {
        assertEquals(0, cli.run("value", "--input", transactions.toString(), "--customer-col", "customer",
                "--date-col", "date", "--amount-col", "amount", "--calibration-end", "2023-12-31", "--rfm-bins", "2",
                "--frequency-cuts", "1", "--no-compare", "--out", out.toString()), cli.stderr);
        List<List<String>> customers = csv(out.resolve("customers.csv"));
        for (List<String> row : customers.subList(1, customers.size())) {
            // frequency is scored on purchase days (repeat purchases + 1): one day scores 1, more score 2
            String expected = Integer.parseInt(row.get(1)) == 0 ? "1" : "2";
            assertEquals(expected, row.get(10), row.toString());
        }
    }

    @Test
    void aNegativeAmountExitsThreeNamingFileLineAndColumn() throws Exception {
        Files.writeString(transactions, "C1,2023-03-01,-20\n", java.nio.file.StandardOpenOption.APPEND);
        long line = Files.readAllLines(transactions).size();
        assertEquals(3, cli.run("value", "--input", transactions.toString(), "--customer-col", "customer",
                "--date-col", "date", "--amount-col", "amount", "--calibration-end", "2023-12-31", "--out",
                out.toString()), cli.stderr);
        assertTrue(cli.stderr.contains("tx.csv"), cli.stderr);
        assertTrue(cli.stderr.contains("line " + line), cli.stderr);
        assertTrue(cli.stderr.contains("amount"), cli.stderr);
        assertFalse(Files.exists(out));
    }

    @Test
    void aCalibrationEndBeforeTheFirstPurchaseExitsThree() {
        assertEquals(3, cli.run("value", "--input", transactions.toString(), "--customer-col", "customer",
                "--date-col", "date", "--amount-col", "amount", "--calibration-end", "2020-01-01", "--out",
                out.toString()), cli.stderr);
        assertFalse(Files.exists(out));
    }

    @Test
    void badOptionsExitTwoAndNameTheOption() {
        String o = out.toString();
        String[] file = {"value", "--input", transactions.toString(), "--customer-col", "customer", "--date-col",
            "date", "--amount-col", "amount", "--out", o};
        cli.assertFails(2, "--horizon:", concat(file, "--calibration-end", "2023-12-31", "--horizon", "0"));
        cli.assertFails(2, "--discount-rate:", concat(file, "--calibration-end", "2023-12-31", "--discount-rate",
                "1.5"));
        cli.assertFails(2, "--margin:", concat(file, "--calibration-end", "2023-12-31", "--margin", "0"));
        cli.assertFails(2, "--rfm-bins:", concat(file, "--calibration-end", "2023-12-31", "--rfm-bins", "1"));
        cli.assertFails(2, "--frequency-cuts: frequency-cuts needs 4 ascending cut points, found 2",
                concat(file, "--calibration-end", "2023-12-31", "--frequency-cuts", "2,5"));
        cli.assertFails(2, "--recency-cuts: recency-cuts must be ascending numbers", concat(file,
                "--calibration-end", "2023-12-31", "--recency-cuts", "30,20,60,90"));
        cli.assertFails(2, "--monetary-cuts:", concat(file, "--calibration-end", "2023-12-31", "--monetary-cuts",
                "10,x,30,40"));
        cli.assertFails(2, "--period: expected day, week or month, got year", concat(file, "--calibration-end",
                "2023-12-31", "--period", "year"));
        cli.assertFails(2, "--model: expected bgnbd or pnbd, got ltv", concat(file, "--calibration-end",
                "2023-12-31", "--model", "ltv"));
        cli.assertFails(2, "--holdout-end: the holdout end 2023-06-30 must come after the calibration end "
                + "2023-12-31", concat(file, "--calibration-end", "2023-12-31", "--holdout-end", "2023-06-30"));
        cli.assertFails(2, "--calibration-end", concat(file, "--calibration-end", "31/12/2023"));
        cli.assertFails(2, "--calibration-end", file);
        cli.assertFails(2, "--amount-col: a transaction file needs --amount-col", "value", "--input",
                transactions.toString(), "--customer-col", "customer", "--date-col", "date", "--calibration-end",
                "2023-12-31", "--out", o);
        cli.assertFails(2, "--save stores the run in the database", concat(file, "--calibration-end", "2023-12-31",
                "--save"));
        cli.assertFails(2, "No database at", "--db", dir.resolve("nowhere").toString(), "value",
                "--calibration-end", "2023-12-31", "--out", o);
        assertFalse(Files.exists(out));
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
