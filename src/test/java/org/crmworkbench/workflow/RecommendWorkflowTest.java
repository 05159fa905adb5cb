package org.crmworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.runs.RecommendationRunStore;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RecommendationRunRecord;
import org.crmworkbench.model.RecommendationRunRecord.RecommendedItem;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recommending on planted taste families, whose top lists are known, and on a generated database. */
class RecommendWorkflowTest {
    @TempDir
    Path dir;

    private final RecommendWorkflow workflow = new RecommendWorkflow(Messages.english());

    /** The products of the customer's own family they have not rated: the known top 4. */
    private static Set<String> unratedOwnFamily(String customer) {
        int c = Integer.parseInt(customer.substring(1));
        String family = customer.startsWith("A") ? "L" : "R";
        Set<Integer> rated = new java.util.HashSet<>();
        for (int k = 0; k < PlantedShop.RATED; k++) {
            rated.add((c + k) % PlantedShop.PRODUCTS + 1);
        }
        return java.util.stream.IntStream.rangeClosed(1, PlantedShop.PRODUCTS).filter(p -> !rated.contains(p))
                .mapToObj(p -> family + p).collect(Collectors.toSet());
    }

    private static Set<String> products(RecommendationCorpus corpus, List<RecommendedItem> items) {
        return items.stream().map(i -> corpus.product(corpus.ratings().itemIndex(i.productId())).externalId())
                .collect(Collectors.toSet());
    }

    @Test
    void aCustomersTopFourAreTheUnratedProductsOfTheirOwnFamily() throws Exception {
        RecommendationCorpus corpus = PlantedShop.read(dir);
        assertEquals(2 * PlantedShop.PER_FAMILY * PlantedShop.RATED * 2, corpus.ratings().size());
        for (RecommenderAlgorithm algorithm : List.of(RecommenderAlgorithm.ITEM_KNN, RecommenderAlgorithm.USER_KNN)) {
            for (String customer : List.of("A1", "A7", "B3", "B20")) {
                RecommendSettings settings = new RecommendSettings(RecommenderSettings.defaults(algorithm)
                        .withNeighbours(10), customer, 4);
                Recommended result = workflow.recommend(corpus, settings, Progress.none());
                RecommendationRunRecord run = result.run();
                assertEquals(4, run.items().size(), algorithm + " " + customer);
                assertEquals(unratedOwnFamily(customer), products(corpus, run.items()), algorithm + " " + customer);
                assertEquals(List.of(1, 2, 3, 4), run.items().stream().map(RecommendedItem::rank).toList());
                assertEquals(algorithm.cliName(), run.algorithm());
                assertEquals(0, run.id(), "nothing is stored");
                assertSame(corpus, result.corpus());
                assertEquals(settings.recommender(), result.fitted().settings());
            }
        }
    }

    @Test
    void aPredictionWithTooFewNeighboursIsExplainedAsTheBaseline() throws Exception {
        RecommendationCorpus corpus = PlantedShop.read(dir);
        // a minimum no product can reach: every score is the bias baseline, and every explanation says so
        for (RecommenderAlgorithm algorithm : List.of(RecommenderAlgorithm.ITEM_KNN, RecommenderAlgorithm.USER_KNN)) {
            RecommendSettings settings = new RecommendSettings(RecommenderSettings.defaults(algorithm)
                    .withNeighbours(1000).withMinNeighbours(1000), "A1", 3);
            RecommendationRunRecord run = workflow.recommend(corpus, settings, Progress.none()).run();
            assertEquals(3, run.items().size());
            String expected = algorithm == RecommenderAlgorithm.ITEM_KNN ? "Too few similar products you rated ("
                    : "Too few similar customers rated it (";
            for (RecommendedItem item : run.items()) {
                assertTrue(item.explanation().startsWith(expected), item.explanation());
                assertTrue(item.explanation().contains("of the 1000 needed"), item.explanation());
            }
        }
    }

    @Test
    void everyCustomerGetsAListOfN() throws Exception {
        RecommendationCorpus corpus = PlantedShop.read(dir);
        RecommendSettings settings = RecommendSettings.everyone(RecommenderSettings.defaults(
                RecommenderAlgorithm.ITEM_KNN), 3);
        RecommendationRunRecord run = workflow.recommend(corpus, settings, Progress.none()).run();
        assertEquals(2 * PlantedShop.PER_FAMILY, run.customers());
        assertEquals(2 * PlantedShop.PER_FAMILY * 3, run.items().size());
        assertEquals(3, run.listLength());
        FittedRecommender fitted = workflow.fit(corpus, settings.recommender(), Progress.none());
        assertEquals(run.items(), workflow.lists(corpus, fitted, 3, Progress.none()).items(),
                "the window's lists are the command line's");
    }

    @Test
    void anOutOfRangeNeighbourCountIsRefusedNamingTheParameterAndItsRange() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> new RecommendSettings(
                RecommenderSettings.defaults(RecommenderAlgorithm.ITEM_KNN).withNeighbours(1001), null, 10));
        assertEquals("neighbours", e.parameter());
        assertEquals("recommend.param.range", e.messageKey());
        assertArrayEquals(new Object[] {1, 1000, 1001}, e.args());
        assertEquals("Must be a whole number from 1 to 1000; was 1001.",
                Messages.english().get(e.messageKey(), e.args()));
        assertEquals(1000, RecommenderSettings.NEIGHBOURS.max(), "the analysis' limit, not the slider's 200");
        assertEquals(200, RecommenderSettings.checked(RecommenderSettings.NEIGHBOURS, 200));

        BadParameterException n = assertThrows(BadParameterException.class, () -> new RecommendSettings(
                RecommenderSettings.defaults(RecommenderAlgorithm.POPULAR), null, 0));
        assertEquals("n", n.parameter());
        assertArrayEquals(new Object[] {1, 1000, 0}, n.args());
    }

    @Test
    void anUnknownCustomerAndContentWithoutTextsAreRefusedBeforeAnyFit() throws Exception {
        RecommendationCorpus corpus = PlantedShop.read(dir);
        BadParameterException user = assertThrows(BadParameterException.class, () -> workflow.check(corpus,
                new RecommendSettings(RecommenderSettings.defaults(RecommenderAlgorithm.POPULAR), "Z9", 5)));
        assertEquals("user", user.parameter());
        assertEquals("recommend.user.unknown", user.messageKey());
        BadParameterException content = assertThrows(BadParameterException.class, () -> workflow.recommend(corpus,
                RecommendSettings.everyone(RecommenderSettings.defaults(RecommenderAlgorithm.CONTENT), 5),
                Progress.none()));
        assertEquals("algo", content.parameter());
        assertEquals("recommend.content.noTexts", content.messageKey());
        assertEquals(-1, workflow.check(corpus, RecommendSettings.everyone(
                RecommenderSettings.defaults(RecommenderAlgorithm.POPULAR), 5)));
    }

    @Test
    void theDatabaseIsReadAndTheListsStoredAsOneRun() throws Exception {
        Path set = dir.resolve("set");
        new SampleDataGenerator(SampleDataSpec.defaults(40, 5)).writeTo(set, false, Progress.none());
        try (Database db = Database.openFile(dir.resolve("db").resolve("crm"))) {
            new Importer(db, Messages.english()).importDirectory(set, ImportOptions.defaults(), Progress.none());
            RecommendationCorpus corpus = RecommendWorkflow.read(db, Progress.none());
            assertEquals(40, corpus.ratings().userCount());
            RecommendationRunRecord run = workflow.recommend(corpus, RecommendSettings.everyone(
                    RecommenderSettings.defaults(RecommenderAlgorithm.POPULAR), 2), Progress.none()).run();
            RecommendationRunRecord saved = workflow.save(db, run, Progress.none());
            assertTrue(saved.id() > 0);
            RecommendationRunStore store = new RecommendationRunStore(db);
            assertEquals(List.of(saved.id()), store.runIds());
            RecommendationRunRecord loaded = store.load(saved.id()).orElseThrow();
            assertEquals(80, loaded.items().size());
            assertEquals("popular", loaded.algorithm());
        }
    }
}
