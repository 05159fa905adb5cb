package org.crmworkbench.present.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.analysis.recommend.PopularityRecommender;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.TrainedRecommender;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RecommendationRunRecord;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.crmworkbench.present.PersonalDataPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run pipeline and the CSV files on three customers and four products whose popularity is known. */
class RecommendationFilesTest {
    @TempDir
    Path dir;

    private final RecommendationCorpus corpus = TinyCorpus.corpus();
    private final RecommenderSettings settings = RecommenderSettings.defaults(RecommenderAlgorithm.POPULAR);
    private final TrainedRecommender popular = new PopularityRecommender(settings).fit(corpus.input(),
            Progress.none());
    private final RecommendationRuns runs = new RecommendationRuns(new RecommendationWording(Messages.english()),
            "1.2.3");

    @Test
    void aRunHoldsEveryCustomersUnratedProductsInPopularityOrder() {
        RecommendationRunRecord run = runs.all(corpus, popular, settings, 2, Progress.none());
        assertEquals("popular", run.algorithm());
        assertEquals("1.2.3", run.appVersion());
        assertEquals("database test", run.dataSource());
        // C001 rated P1, P2 and bought P3, so nothing with ratings is left (P4 has none); C002 rated all three;
        // C003 gets P1, P2
        assertEquals(List.of(13L, 13L), run.items().stream().map(RecommendationRunRecord.RecommendedItem::customerId)
                .toList());
        assertEquals(List.of(101L, 102L), run.items().stream()
                .map(RecommendationRunRecord.RecommendedItem::productId).toList());
        assertEquals(1, run.customers());
        assertEquals("Popular: 2 ratings, average 4.5", run.items().get(0).explanation());
        assertEquals(2, runs.one(corpus, popular, settings, 2, 2).items().size());
        assertEquals(0, runs.one(corpus, popular, settings, 0, 2).items().size(), "C001 has everything");
    }

    @Test
    void aCancelledRunStops() {
        Progress cancelled = new CancelledProgress();
        try {
            runs.all(corpus, popular, settings, 2, cancelled);
            throw new AssertionError("not cancelled");
        } catch (CancelledException expected) {
            // stopped
        }
    }

    @Test
    void theCsvNamesCustomersAndProductsByTheShopsIds() throws Exception {
        RecommendationRunRecord run = runs.all(corpus, popular, settings, 2, Progress.none());
        Path file = dir.resolve("recs.csv");
        new RecommendationFiles().write(file, run, corpus.data(), PersonalDataPolicy.withNames());
        List<String> lines = Files.readAllLines(file);
        assertEquals("customer_id,customer_name,rank,product_id,product_name,score,score_is_rating,source,"
                + "cold_start,explanation", lines.get(0));
        // popularity score: 2 ratings + mean 4.5 / (top of the scale 5 + 1)
        assertTrue(lines.get(1).startsWith("C003,\"New, Customer\",1,P1,Threadline Denim Jeans,2.75,0,"),
                lines.get(1));
        assertEquals("C003,\"New, Customer\",2,P2,Trail Shoes,2.58333,0,POPULARITY,NONE,"
                + "\"Popular: 2 ratings, average 3.5\"", lines.get(2));
        assertEquals(3, lines.size());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void byDefaultTheCsvGivesCustomersInitialsAndPseudonymizedTheirIdsAndNamesAreReplaced() throws Exception {
        RecommendationRunRecord run = runs.all(corpus, popular, settings, 2, Progress.none());
        Path masked = dir.resolve("masked.csv");
        new RecommendationFiles().write(masked, run, corpus.data(), PersonalDataPolicy.masked());
        List<String> lines = Files.readAllLines(masked);
        assertTrue(lines.get(1).startsWith("C003,N. C.,1,P1,Threadline Denim Jeans,"), lines.get(1));
        assertFalse(Files.readString(masked).contains("Customer"));
        PersonalDataPolicy keyed = PersonalDataPolicy.pseudonymized("0123456789abcdef".getBytes());
        Path pseudonyms = dir.resolve("pseudonyms.csv");
        new RecommendationFiles().write(pseudonyms, run, corpus.data(), keyed);
        assertTrue(Files.readAllLines(pseudonyms).get(1).startsWith(keyed.pseudonym("C003") + ","
                + keyed.pseudonym("New, Customer") + ",1,P1,"), Files.readAllLines(pseudonyms).get(1));
    }

    @Test
    void metricsAndNeighbourFilesWriteNaNAsEmpty() throws Exception {
        Path metrics = dir.resolve("metrics.csv");
        new EvaluationFiles().writeMetrics(metrics, List.of(
                RecommendChartsTest.scores(RecommenderAlgorithm.POPULAR, Double.NaN, 0.05),
                RecommendChartsTest.scores(RecommenderAlgorithm.ITEM_KNN, 0.9, 0.1)));
        List<String> lines = Files.readAllLines(metrics);
        assertEquals("algorithm,parameters,rmse,mae,precision@10,recall@10,ndcg@10,map@10,hit_rate@10,coverage,"
                + "fit_seconds,predict_seconds", lines.get(0));
        assertEquals("popular,,,,0.05,0.1,0.075,0.045,0.15,0.25,0.1,0.2", lines.get(1));
        assertTrue(lines.get(2).startsWith("itemknn,,0.9,0.72,0.1,0.2,"),
                lines.get(2));
        Path curve = dir.resolve("neighbours.csv");
        new EvaluationFiles().writeNeighbours(curve, List.of(
                new NeighbourPoint(RecommenderAlgorithm.USER_KNN, 20, 0.97, Double.NaN, 5)));
        assertEquals(List.of("algorithm,neighbours,rmse,precision@5", "userknn,20,0.97,"), Files.readAllLines(curve));
    }
}
