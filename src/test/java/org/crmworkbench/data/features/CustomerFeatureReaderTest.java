package org.crmworkbench.data.features;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.crmworkbench.analysis.segment.Quantiles;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.CustomerGroup;
import org.crmworkbench.data.sample.PlantedTruth;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerFeatureSet;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class CustomerFeatureReaderTest {

    @Test
    void featuresOfTheHandWrittenSampleAreExact(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.load(db, dir);
            CustomerFeatureSet set = new CustomerFeatureReader(db).read(Progress.none());
            FeatureTable t = set.table();
            assertEquals(LocalDate.of(2024, 1, 4), set.asOf(), "the day after the last order");
            assertEquals(5, t.rowCount());
            int ada = t.rowIds().indexOf("C001");
            int bob = t.rowIds().indexOf("C003");
            assertEquals(2, value(t, "recency_days", ada));
            assertEquals(1, value(t, "frequency", ada));
            assertEquals(52.40, value(t, "monetary", ada), 1e-9);
            assertEquals(52.40, set.revenue()[ada], 1e-9);
            assertEquals(52.40, value(t, "avg_basket", ada), 1e-9);
            assertEquals(2, value(t, "units_per_order", ada));
            assertEquals(39.90 / 52.40, value(t, "share_home", ada), 1e-9);
            assertEquals(12.50 / 52.40, value(t, "share_grocery", ada), 1e-9);
            assertEquals(2, value(t, "ratings_count", ada));
            assertEquals(4.0, value(t, "avg_rating", ada), 1e-9);
            assertEquals(2024 - 1985, value(t, "age", ada));
            assertEquals(364, value(t, "tenure_days", ada), "signed up 2023-01-05, measured to 2024-01-04");
            // Bob has no orders: recency and basket are missing, frequency and money are zero
            assertTrue(Double.isNaN(value(t, "recency_days", bob)));
            assertTrue(Double.isNaN(value(t, "avg_basket", bob)));
            assertEquals(0, value(t, "frequency", bob));
            assertEquals(1, value(t, "ratings_count", bob));
            assertEquals("online", t.category("channel").orElseThrow().values()[ada]);
            assertEquals(CustomerFeatureReader.DEFAULT_FEATURES, set.defaultFeatures());
        }
    }

    @Test
    void featuresAsOfADayUseOnlyWhatWasKnownBeforeIt(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.load(db, dir);
            CustomerFeatureSet set = new CustomerFeatureReader(db).read(LocalDate.of(2024, 1, 3), Progress.none());
            FeatureTable t = set.table();
            assertEquals(LocalDate.of(2024, 1, 3), set.asOf());
            assertEquals(5, t.rowCount(), "every customer, known or not");
            int ada = t.rowIds().indexOf("C001");
            int fang = t.rowIds().indexOf("C002");
            assertEquals(1, value(t, "recency_days", ada), "ordered 2024-01-02, measured to 2024-01-03");
            assertEquals(52.40, value(t, "monetary", ada), 1e-9);
            assertEquals(1, value(t, "ratings_count", ada), "the rating of 2024-01-09 comes later; one without time counts");
            assertEquals(3.0, value(t, "avg_rating", ada), 1e-9);
            assertEquals(0, value(t, "frequency", fang), "Fang's order of 2024-01-03 is not before the day");
            assertTrue(Double.isNaN(value(t, "share_home", fang)));
            assertEquals(0, value(t, "ratings_count", fang));
            assertEquals(320, value(t, "tenure_days", fang), "signed up 2023-02-17");
            // the same columns as the whole data, so that a model fitted at one date scores another
            CustomerFeatureSet early = new CustomerFeatureReader(db).read(LocalDate.of(2023, 2, 1), Progress.none());
            assertEquals(t.columnNames(), early.table().columnNames());
            assertEquals(392 - 365, value(early.table(), "tenure_days", ada), "Ada signed up 2023-01-05");
            assertTrue(Double.isNaN(value(early.table(), "tenure_days", fang)), "Fang signed up later");
        }
    }

    @Test
    void plantedGroupsShowInTheirFeatures(@TempDir Path dir) throws Exception {
        SampleDataGenerator generator = new SampleDataGenerator(SampleDataSpec.defaults(800, 7));
        generator.writeTo(dir, false, Progress.none());
        PlantedTruth truth = generator.truth();
        try (Database db = TestDatabases.fresh()) {
            new Importer(db, Messages.english()).importDirectory(dir, ImportOptions.defaults(), Progress.none());
            FeatureTable t = new CustomerFeatureReader(db).read(Progress.none()).table();
            Map<CustomerGroup, Double> recency = medianByGroup(t, truth, "recency_days");
            Map<CustomerGroup, Double> tenure = medianByGroup(t, truth, "tenure_days");
            Map<CustomerGroup, Double> perMonth = medianByGroup(t, truth, "orders_per_month");
            assertTrue(recency.get(CustomerGroup.LAPSING) > 90, "lapsing customers stopped 90-300 days ago");
            assertTrue(recency.get(CustomerGroup.LAPSING) > 3 * recency.get(CustomerGroup.CHAMPIONS));
            assertTrue(tenure.get(CustomerGroup.NEWCOMERS) < 260, "newcomers started in the last 240 days");
            for (CustomerGroup g : CustomerGroup.values()) {
                if (g != CustomerGroup.CHAMPIONS) {
                    assertTrue(perMonth.get(CustomerGroup.CHAMPIONS) > perMonth.get(g), "champions order most: " + g);
                }
            }
        }
    }

    private static Map<CustomerGroup, Double> medianByGroup(FeatureTable t, PlantedTruth truth, String feature) {
        double[] values = t.numeric(feature).orElseThrow().values();
        Map<CustomerGroup, Double> medians = new EnumMap<>(CustomerGroup.class);
        for (CustomerGroup g : CustomerGroup.values()) {
            double[] member = new double[values.length];
            Arrays.fill(member, Double.NaN);
            for (int i = 0; i < values.length; i++) {
                if (truth.group(t.rowIds().get(i)) == g) {
                    member[i] = values[i];
                }
            }
            medians.put(g, Quantiles.of(member).median());
        }
        return medians;
    }

    private static double value(FeatureTable t, String feature, int row) {
        return t.numeric(feature).orElseThrow().values()[row];
    }
}
