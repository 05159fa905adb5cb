package org.crmworkbench.cli;

import static org.crmworkbench.present.ParsedOutput.csv;
import static org.crmworkbench.present.ParsedOutput.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.BasketRunStore;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.data.sample.PlantedTruth;
import org.crmworkbench.model.BasketRunRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench rules} on arules' Groceries (its published counts), on the sample database (its planted companions
 * found and saved), and with bad options and bad data.
 */
class RulesCommandTest {
    private static final Path GROCERIES = Path.of("assets", "public", "groceries", "groceries.csv");

    @TempDir
    Path dir;
    CommandRun cli;

    @BeforeEach
    void run() {
        cli = new CommandRun(dir);
    }

    @Test
    void groceriesGiveArulesCountsWithEveryAlgorithm() throws Exception {
        for (String algo : List.of("fpgrowth", "apriori", "eclat")) {
            Path out = dir.resolve(algo);
            assertEquals(0, cli.run("rules", "--input", GROCERIES.toString(), "--min-support", "0.001",
                    "--min-confidence", "0.8", "--algo", algo, "--out", out.toString()), cli.stderr);
            Map<String, Object> metrics = json(Files.readString(out.resolve("metrics.json")));
            assertEquals(9835, ((Number) metrics.get("transactions")).intValue());
            assertEquals(169, ((Number) metrics.get("items")).intValue());
            // arules: eclat(Groceries, supp = 0.001) has 13,492 itemsets; apriori(..., conf = 0.8) 410 rules
            assertEquals(13492, ((Number) metrics.get("frequent_itemsets")).intValue(), algo);
            assertEquals(410, ((Number) metrics.get("rules")).intValue(), algo);
            assertEquals(411, Files.readAllLines(out.resolve("rules.csv")).size(), "header and 410 rules");
        }
        assertTrue(cli.stdout.contains("Rules by length: 29 of length 3, 229 of length 4, 140 of length 5, "
                + "12 of length 6"), cli.stdout);
    }

    @Test
    void listingOptionsSortFilterAndCut() throws Exception {
        Path out = dir.resolve("top");
        assertEquals(0, cli.run("rules", "--input", GROCERIES.toString(), "--min-support", "0.006",
                "--min-confidence", "0.25", "--min-length", "2", "--sort", "confidence", "--top", "5",
                "--consequent", "whole milk", "--out", out.toString()), cli.stderr);
        List<List<String>> rules = csv(out.resolve("rules.csv"));
        assertEquals(List.of("antecedent", "consequent", "length", "support", "confidence", "lift", "leverage",
                "conviction", "count"), rules.get(0));
        assertEquals(6, rules.size(), "header and five rules");
        for (int i = 1; i < rules.size(); i++) {
            assertEquals("{whole milk}", rules.get(i).get(1));
            if (i > 1) {
                assertTrue(Double.parseDouble(rules.get(i - 1).get(4)) >= Double.parseDouble(rules.get(i).get(4)));
            }
        }
        // Lantz, Machine Learning with R: 463 rules at support 0.006, confidence 0.25, minlen 2
        assertTrue(cli.stdout.contains("463 rules"), cli.stdout);
    }

    @Test
    void theSampleDatabaseHoldsItsPlantedCompanionsAndTheRunIsSaved() throws Exception {
        Path db = cli.sampleDatabase(400);
        PlantedTruth truth = new SampleDataGenerator(SampleDataSpec.defaults(400, 3)).truth();
        Path out = dir.resolve("out");
        assertEquals(0, cli.run("--db", db.toString(), "rules", "--min-support", "0.002", "--min-confidence",
                "0.2", "--max-length", "2", "--save", "--out", out.toString()), cli.stderr);
        Map<String, Double> lift = new HashMap<>();
        try (Database database = Database.openFile(db)) {
            BasketRunRecord run = new BasketRunStore(database).latest().orElseThrow();
            assertEquals("order", run.basis());
            for (BasketRunRecord.Rule r : run.rules()) {
                if (r.antecedent().size() == 1) {
                    lift.put(r.antecedent().get(0) + ">" + r.consequent().get(0), r.lift());
                }
            }
        }
        int planted = 0;
        int found = 0;
        for (int j = 0; j < truth.productCount(); j++) {
            String product = truth.productId(j);
            var companion = truth.companion(product);
            if (companion.isPresent()) {
                planted++;
                Double l = lift.get(product + ">" + companion.get());
                if (l != null) {
                    found++;
                    assertTrue(l > 5, product + " => " + companion.get() + " lift " + l);
                }
            }
        }
        assertTrue(planted > 40, "planted pairs " + planted);
        assertTrue(found >= planted * 0.7, found + " of " + planted + " planted pairs found");
    }

    @Test
    void badOptionsExitTwoAndNameTheOption() {
        String[] file = {"rules", "--input", GROCERIES.toString(), "--out", dir.resolve("o").toString()};
        cli.assertFails(2, "--min-support:", concat(file, "--min-support", "0", "--min-confidence", "0.5"));
        cli.assertFails(2, "--min-support:", concat(file, "--min-support", "1.5", "--min-confidence", "0.5"));
        cli.assertFails(2, "--min-confidence:", concat(file, "--min-support", "0.01", "--min-confidence", "2"));
        cli.assertFails(2, "--min-length:", concat(file, "--min-support", "0.01", "--min-confidence", "0.5",
                "--min-length", "4", "--max-length", "3"));
        cli.assertFails(2, "--algo:", concat(file, "--min-support", "0.01", "--min-confidence", "0.5", "--algo",
                "magic"));
        cli.assertFails(2, "--sort:", concat(file, "--min-support", "0.01", "--min-confidence", "0.5", "--sort",
                "price"));
        cli.assertFails(2, "--format:", concat(file, "--min-support", "0.01", "--min-confidence", "0.5", "--format",
                "wide"));
        cli.assertFails(2, "--item-col", concat(file, "--min-support", "0.01", "--min-confidence", "0.5", "--format",
                "long", "--transaction-col", "t"));
        cli.assertFails(2, "--consequent:", concat(file, "--min-support", "0.01", "--min-confidence", "0.5",
                "--consequent", "caviar"));
        cli.assertFails(2, "--memory-cap:", concat(file, "--min-support", "0.01", "--min-confidence", "0.5",
                "--memory-cap", "1"));
        cli.assertFails(2, "--min-support", "rules", "--input", GROCERIES.toString(), "--out", "x");
    }

    @Test
    void badDataExitsThreeNamingFileLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("long.csv"), "order,item\nT1,bread\nT1,\n");
        cli.assertFails(3, "long.csv, line 3, column 2", "rules", "--input", file.toString(), "--format", "long",
                "--transaction-col", "order", "--item-col", "item", "--min-support", "0.1", "--min-confidence",
                "0.1", "--out", dir.resolve("o").toString());
        Path empty = Files.writeString(dir.resolve("empty.csv"), "order,item\n");
        cli.assertFails(3, "empty.csv", "rules", "--input", empty.toString(), "--format", "long",
                "--transaction-col", "order", "--item-col", "item", "--min-support", "0.1", "--min-confidence",
                "0.1", "--out", dir.resolve("o").toString());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
