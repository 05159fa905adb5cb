package org.crmworkbench.present.recommend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.crmworkbench.model.Customer;
import org.crmworkbench.model.Product;
import org.crmworkbench.model.RecommendationData;
import org.crmworkbench.model.RecommendationRunRecord;
import org.crmworkbench.model.RecommendationRunRecord.RecommendedItem;
import org.crmworkbench.present.OutputFiles;
import org.crmworkbench.present.PersonalDataPolicy;

/**
 * Writes a recommendation run as CSV, one line per recommended product: customer_id (the shop's id),
 * customer_name, rank, product_id (the shop's id), product_name, score, score_is_rating (1/0), source, cold_start
 * and the explanation in words. The file appears whole or not at all. Customers are written as the
 * {@link PersonalDataPolicy} says: by default the id as stored and the name as initials; with names; or both
 * pseudonymized.
 */
public final class RecommendationFiles {
    public static final String[] HEADER = {"customer_id", "customer_name", "rank", "product_id", "product_name",
        "score", "score_is_rating", "source", "cold_start", "explanation"};

    /**
     * Writes {@code run}; {@code data} names the customers and products its database ids refer to, {@code people}
     * says how customers are shown.
     */
    public void write(Path file, RecommendationRunRecord run, RecommendationData data, PersonalDataPolicy people)
            throws IOException {
        Map<Long, Customer> customers = new HashMap<>();
        data.customers().forEach(c -> customers.put(c.id(), c));
        Map<Long, Product> products = new HashMap<>();
        data.products().forEach(p -> products.put(p.id(), p));
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(HEADER);
            for (RecommendedItem r : run.items()) {
                Customer c = customers.get(r.customerId());
                Product p = products.get(r.productId());
                csv.writeRecord(c == null ? Long.toString(r.customerId()) : people.id(c.externalId()),
                        c == null ? "" : people.name(c.name()), Integer.toString(r.rank()),
                        p == null ? Long.toString(r.productId()) : p.externalId(), p == null ? "" : p.name(),
                        CsvNumbers.number(r.score()), r.scoreIsRating() ? "1" : "0", r.source(), r.coldStart(),
                        r.explanation());
            }
        });
    }
}
