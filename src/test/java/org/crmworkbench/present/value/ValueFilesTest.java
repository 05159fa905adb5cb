package org.crmworkbench.present.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.model.ValueRunRecord;
import org.crmworkbench.model.ValueRunRecord.ClvBin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The value files of the hand-made six-customer result, every byte known. */
class ValueFilesTest {
    @TempDir
    Path dir;

    private final ValueFiles files = new ValueFiles();

    @Test
    void parametersJsonHasTheModelByItsUsualNamesTheSpendModelTheSettingsAndTheComparison() {
        String expected = """
                {
                  "model" : "bgnbd",
                  "r" : 0.243,
                  "alpha" : 4.414,
                  "a" : 0.793,
                  "b" : 2.426,
                  "log_likelihood" : -9582.43,
                  "standard_errors" : {
                    "r" : 0.0125,
                    "alpha" : 0.3378,
                    "a" : 0.1852,
                    "b" : 0.7047
                  },
                  "customers" : 6,
                  "gamma_gamma" : {
                    "p" : 6.25,
                    "q" : 3.74,
                    "gamma" : 15.44,
                    "log_likelihood" : -4000.5,
                    "standard_errors" : {
                      "p" : 0.5,
                      "q" : 0.25,
                      "gamma" : 1.5
                    },
                    "customers" : 5
                  },
                  "spend_frequency_correlation" : {
                    "correlation" : 0.11,
                    "customers" : 5,
                    "weak" : true
                  },
                  "calibration_end" : "2024-12-31",
                  "holdout_end" : "2025-06-30",
                  "period" : "week",
                  "horizon" : 52,
                  "discount_rate" : 0.1,
                  "margin" : 1,
                  "comparison" : [ {
                    "model" : "bgnbd",
                    "log_likelihood" : -9582.43,
                    "parameters" : 4,
                    "holdout_mae" : 0.5,
                    "holdout_expected" : 3.2,
                    "holdout_actual" : 3,
                    "estimates" : {
                      "r" : 0.243,
                      "alpha" : 4.414,
                      "a" : 0.793,
                      "b" : 2.426
                    },
                    "standard_errors" : {
                      "r" : 0.0125,
                      "alpha" : 0.3378,
                      "a" : 0.1852,
                      "b" : 0.7047
                    }
                  }, {
                    "model" : "pnbd",
                    "log_likelihood" : -9595,
                    "parameters" : 4,
                    "holdout_mae" : 0.55,
                    "holdout_expected" : 3.4,
                    "holdout_actual" : 3,
                    "estimates" : {
                      "r" : 0.553,
                      "alpha" : 10.58,
                      "s" : 0.606,
                      "beta" : 11.67
                    },
                    "standard_errors" : {
                      "r" : 0.05,
                      "alpha" : 0.85,
                      "s" : 0.19,
                      "beta" : null
                    }
                  } ]
                }""";
        assertEquals(expected, files.parameters(ValueFixture.small()));
    }

    @Test
    void customersCsvHasTheIssuesColumnsInOrderWithKeysNotWords() throws Exception {
        Path file = dir.resolve("customers.csv");
        files.writeCustomers(file, ValueFixture.small());
        List<String> lines = Files.readAllLines(file);
        assertEquals("customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv,"
                + "r_score,f_score,m_score,rfm_segment,lifecycle_stage", lines.get(0));
        assertEquals(7, lines.size());
        // C1: x = 0, so P(alive) = 1, E[X] = 1 * 1 * 52 / 11, spend = p gamma / (q - 1)
        assertEquals("C1,0,0,10,0,1," + (52.0 / 11) + "," + (6.25 * 15.44 / 2.74) + ",10,5,1,1,new,new",
                lines.get(1));
        // C3: x = 8, t_x = 48, T = 50: P(alive) = exp(-0.2), E[X] = P * 9 * 52 / 51
        double alive = Math.exp(-0.2);
        double weight = 6.25 * 8 / (6.25 * 8 + 2.74);
        double spend = (1 - weight) * 6.25 * 15.44 / 2.74 + weight * 100.5;
        assertEquals("C3,8,48,50,100.5," + alive + "," + (alive * 9 * 52 / 51) + "," + spend
                + ",1200,5,5,5,champions,active", lines.get(3));
        assertTrue(lines.get(4).endsWith(",3,1,2,1,lost,lost"), lines.get(4));
        assertTrue(lines.get(5).endsWith(",600,4,4,4,champions,at_risk"), lines.get(5));
    }

    @Test
    void holdoutCsvHasOneRowPerFrequencyGroup() throws Exception {
        Path file = dir.resolve("holdout.csv");
        files.writeHoldout(file, ValueFixture.small());
        assertEquals(List.of("frequency_group,customers,actual,expected", "0,1,0,0.2", "1,1,0,0.45", "2,1,0,0.6",
                "3+,3,1.25,1.1"), Files.readAllLines(file));
    }

    @Test
    void withoutAHoldoutThereIsNoHoldoutFile() {
        ValueResult r = ValueFixture.small();
        ValueResult none = new ValueResult(r.settings(), r.summaries(), r.model(), r.others(), r.spend(),
                r.independence(), r.customers(), r.rfm(), null, r.tracking(), r.comparison(), r.stages(),
                r.migration());
        assertThrows(IllegalArgumentException.class, () -> files.writeHoldout(dir.resolve("h.csv"), none));
        assertTrue(Files.notExists(dir.resolve("h.csv")));
    }

    @Test
    void theRecordKeepsSegmentsBinsTopCustomersAndMigration() {
        ValueResult result = ValueFixture.small();
        Instant at = Instant.parse("2025-01-02T10:00:00Z");
        ValueRunRecord run = files.record(result, at, "1.2.3", "crm.mv.db");
        assertEquals(0, run.id());
        assertEquals(at, run.startedAt());
        assertEquals("bgnbd", run.model());
        assertEquals("week", run.unit());
        assertEquals(ValueFixture.CALIBRATION_END, run.calibrationEnd());
        assertEquals(ValueFixture.HOLDOUT_END, run.holdoutEnd());
        assertEquals(52, run.horizon());
        assertEquals(0.1, run.discountRate());
        assertEquals(1.0, run.margin());
        assertEquals(files.parameters(result), run.parameters());
        assertEquals(6, run.customers());
        assertEquals(10 + 250.5 + 1200 + 3 + 600 + 80, run.totalClv(), 1e-9);
        assertEquals(8, run.maxFrequency());
        assertEquals(52, run.maxAge());

        assertEquals(List.of("champions", "loyal", "potential", "new", "at_risk", "cant_lose", "hibernating",
                "lost"), run.rfmSegments().stream().map(ValueRunRecord.RfmRow::segment).toList());
        ValueRunRecord.RfmRow champions = run.rfmSegments().get(0);
        assertEquals(2, champions.customers());
        // C3 last bought 2 weeks before the end (14 days), C5 15 weeks (105 days)
        assertEquals((14 + 105) / 2.0, champions.meanRecencyDays(), 1e-9);
        assertEquals((9 + 6) / 2.0, champions.meanPurchases(), 1e-9);
        assertEquals((900 + 330) / 2.0, champions.meanSpend(), 1e-9);
        assertEquals(1800, champions.totalClv(), 1e-9);
        ValueRunRecord.RfmRow potential = run.rfmSegments().get(2);
        assertEquals(0, potential.customers());
        assertTrue(Double.isNaN(potential.meanSpend()));
        assertEquals(0, potential.totalClv());

        assertEquals(List.of("C3", "C5", "C2", "C6", "C1", "C4"),
                run.topCustomers().stream().map(ValueRunRecord.TopCustomer::customerId).toList());
        ValueRunRecord.TopCustomer first = run.topCustomers().get(0);
        assertEquals("champions", first.segment());
        assertEquals("active", first.stage());
        assertEquals(Math.exp(-0.2), first.probabilityAlive(), 1e-12);

        assertEquals(6, run.clvBins().stream().mapToInt(ClvBin::customers).sum());
        assertEquals(result.migration().from(), run.migration().from());
        assertEquals(20, run.migration().counts()[1][1]);
        assertEquals(5, run.migration().arrivals()[0]);
    }

    @Test
    void writtenParametersEndWithALineBreak() throws Exception {
        Path file = dir.resolve("parameters.json");
        files.writeParameters(file, ValueFixture.small());
        assertEquals(files.parameters(ValueFixture.small()) + "\n", Files.readString(file));
    }
}
