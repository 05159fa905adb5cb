package org.crmworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.crmworkbench.analysis.text.CustomerSentiment;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback's sentiment as churn features: both tables of the customer history carry it, counted before the cutoff
 * for the table the models learn from, and on the sample (whose lapsing customers write mostly negative feedback) the
 * customers who churn wrote more negatively than those who stay.
 */
class FeedbackFeaturesTest {
    @TempDir
    static Path dir;
    private static Database db;
    private static CustomerHistory history;

    @BeforeAll
    static void sample() throws Exception {
        db = GeneratedSample.open(dir, 600, 7);
        history = PredictionWorkflow.readHistory(db, 180, Progress.none());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void bothTablesCarryTheFeedbackColumnsCountedUpToTheirOwnDay() {
        FeatureTable before = history.atCutoff().table();
        FeatureTable now = history.current().table();
        double[] negativeBefore = before.numeric(FeedbackFeatures.NEGATIVE).orElseThrow().values();
        double[] negativeNow = now.numeric(FeedbackFeatures.NEGATIVE).orElseThrow().values();
        double[] meanNow = now.numeric(FeedbackFeatures.SENTIMENT).orElseThrow().values();
        Map<String, CustomerSentiment> all = new FeedbackWorkflow(db).customerSentiment(null, Progress.none());
        int withFeedback = 0;
        for (int i = 0; i < now.rowCount(); i++) {
            assertTrue(negativeBefore[i] <= negativeNow[i], "counts up to the cutoff are part of the counts now");
            CustomerSentiment customer = all.get(now.rowIds().get(i));
            if (customer == null) {
                assertEquals(0, meanNow[i]);
                assertEquals(0, negativeNow[i]);
            } else {
                withFeedback++;
                assertEquals(customer.meanScore(), meanNow[i], 1e-12);
                assertEquals(customer.negative(), negativeNow[i]);
            }
        }
        assertTrue(withFeedback > 50, "the sample's customers write feedback: " + withFeedback);
        double countedNow = java.util.Arrays.stream(negativeNow).sum();
        double countedBefore = java.util.Arrays.stream(negativeBefore).sum();
        assertTrue(countedBefore < countedNow, "some negative feedback comes after the cutoff");
    }

    @Test
    void customersWhoChurnWroteMoreNegativelyBeforeTheCutoff() {
        FeatureTable before = history.atCutoff().table();
        double[] churned = before.numeric(CustomerHistory.CHURNED).orElseThrow().values();
        double[] mean = before.numeric(FeedbackFeatures.SENTIMENT).orElseThrow().values();
        double[] count = before.numeric(FeedbackFeatures.COUNT).orElseThrow().values();
        double[] sum = new double[2];
        int[] n = new int[2];
        for (int i = 0; i < churned.length; i++) {
            if (count[i] > 0 && !Double.isNaN(churned[i])) {
                int g = churned[i] > 0.5 ? 1 : 0;
                sum[g] += mean[i];
                n[g]++;
            }
        }
        assertTrue(n[0] > 20 && n[1] > 20, "both groups wrote feedback: " + n[0] + ", " + n[1]);
        assertTrue(sum[1] / n[1] < sum[0] / n[0] - 0.1, "churned " + sum[1] / n[1] + " vs kept " + sum[0] / n[0]);
    }
}
