package org.crmworkbench.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.work.Progress;

/**
 * A ratings file with two planted taste families: customers A1..A20 rate products L1..L10 with 5 and R1..R10 with 1,
 * B1..B20 the other way round. Customer c of a family rates the 6 products c..c+5 (mod 10) of each family, so every
 * customer has 4 unrated products left in each family and an answer is known: a customer's top 4 are the 4 unrated
 * products of their own family. No ratings carry a time.
 */
final class PlantedShop {
    static final int PER_FAMILY = 20;
    static final int PRODUCTS = 10;
    static final int RATED = 6;

    private PlantedShop() {
    }

    static Path write(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("user,item,rating\n");
        for (String family : new String[] {"A", "B"}) {
            for (int c = 1; c <= PER_FAMILY; c++) {
                for (int k = 0; k < RATED; k++) {
                    int p = (c + k) % PRODUCTS + 1;
                    boolean likesL = family.equals("A");
                    csv.append(family).append(c).append(",L").append(p).append(',').append(likesL ? 5 : 1)
                            .append('\n');
                    csv.append(family).append(c).append(",R").append(p).append(',').append(likesL ? 1 : 5)
                            .append('\n');
                }
            }
        }
        return Files.writeString(dir.resolve("planted.csv"), csv.toString());
    }

    static RecommendationCorpus read(Path dir) throws IOException {
        return RecommendWorkflow.read(write(dir), ImportOptions.defaults(), Progress.none());
    }
}
