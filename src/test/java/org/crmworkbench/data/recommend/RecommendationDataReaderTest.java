package org.crmworkbench.data.recommend;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.model.Product;
import org.crmworkbench.model.RecommendationData;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class RecommendationDataReaderTest {

    @Test
    void readsEveryCustomerProductRatingAndPurchase(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.load(db, dir);
            RecommendationData data = new RecommendationDataReader(db).read(Progress.none());
            assertEquals(5, data.customers().size());
            assertEquals(3, data.products().size());
            assertEquals(5, data.ratings().size());
            assertEquals(3, data.purchases().size());
            Product kettle = data.products().get(0);
            assertEquals("P01", kettle.externalId());
            assertEquals("Home", kettle.category());
            assertEquals("kitchen;steel", kettle.tags());
            assertEquals(39.90, kettle.price(), 1e-9);
            assertEquals("", data.products().get(2).description());

            RecommendationCorpus corpus = RecommendationCorpus.of(data);
            RatingMatrix r = corpus.ratings();
            int ada = corpus.customerIndex("c001");
            assertEquals("Ada Lovelace", corpus.customer(ada).name());
            assertEquals(5f, r.value(ada, corpus.productIndex("P01")));
            assertEquals(3f, r.value(ada, corpus.productIndex("P02")));
            // C005 rated nothing and bought nothing: a cold-start customer keeps an index
            int zoe = corpus.customerIndex("C005");
            assertEquals(0, r.ratingsOfUser(zoe));
            RatingMatrix bought = corpus.input().purchases();
            assertEquals(1f, bought.value(ada, corpus.productIndex("P02")));
            assertEquals(0, bought.ratingsOfUser(zoe));
            assertEquals(List.of(corpus.customerIndex("C002")), corpus.findCustomers("wang", 10));
            assertEquals(List.of(corpus.customerIndex("C004")), corpus.findCustomers("王", 10));
            // ids that start with the text come before names that merely contain it
            assertEquals(corpus.customerIndex("C001"), corpus.findCustomers("c00", 10).get(0));
            assertEquals(List.of(corpus.productIndex("P03")), corpus.findProducts("POT", 10));
            assertEquals(List.of(0, 1, 2), corpus.findProducts("p0", 10));
        }
    }
}
