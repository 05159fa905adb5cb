package org.crmworkbench.data.sample;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.util.List;

/** Writes {@code products.csv}, {@code sales_reps.csv} and {@code customers.csv}. */
final class MasterDataWriter {
    private static final List<String> MAIL_DOMAINS = List.of("example.com", "example.net", "example.org",
            "mail.example.com", "post.example.net");
    private static final double MISSING_GENDER = 0.03;
    private static final double MISSING_BIRTH_YEAR = 0.03;
    private static final int OLDEST = 1940;
    private static final int YOUNGEST = 2008;

    private final SampleWorld world;
    private final Ids ids;

    MasterDataWriter(SampleWorld world, Ids ids) {
        this.world = world;
        this.ids = ids;
    }

    void writeProducts(CsvWriter out, RowCounter rows) {
        ProductCatalogue catalogue = world.catalogue();
        ProductTexts texts = new ProductTexts(catalogue, world.seed());
        for (int j = 0; j < catalogue.size(); j++) {
            Category category = Category.of(catalogue.category(j));
            ProductTexts.Texts t = texts.of(j);
            out.writeRecord(ids.product(j), t.name(), category.displayName(),
                    catalogue.words(category).brands().get(catalogue.brand(j)),
                    Money.format(catalogue.priceCents(j)), t.tags(), t.description());
            rows.step();
        }
    }

    void writeSalesReps(CsvWriter out, RowCounter rows) {
        SalesForce reps = world.salesForce();
        for (int r = 0; r < reps.size(); r++) {
            Dice dice = Dice.of(world.seed(), RandomStream.IDENTITY, r, 1);
            Region region = reps.region(r);
            boolean female = dice.chance(0.5);
            PersonNames.Name name = PersonNames.draw(dice, female, dice.chance(region.chineseShare()));
            out.writeRecord(ids.rep(r), name.display(), region.displayName(),
                    world.calendar().dateText(reps.hireDay(r)));
            rows.step();
        }
    }

    void writeCustomers(CsvWriter out, RowCounter rows) {
        CustomerPopulation customers = world.customers();
        for (int u = 0; u < customers.size(); u++) {
            Dice dice = Dice.of(world.seed(), RandomStream.IDENTITY, u, 0);
            CustomerGroup group = customers.group(u);
            Region region = customers.region(u);
            boolean female = dice.chance(0.5);
            String gender = dice.chance(MISSING_GENDER) ? "" : female ? "F" : "M";
            PersonNames.Name name = PersonNames.draw(dice, female, customers.chinese(u));
            String birthYear = "";
            if (!dice.chance(MISSING_BIRTH_YEAR)) {
                long year = Math.round(group.birthYearMean() + 11 * dice.gaussian());
                birthYear = Long.toString(Math.max(OLDEST, Math.min(YOUNGEST, year)));
            }
            String city = region.cities().get(dice.belowFavouringFront(region.cities().size()));
            String email = name.emailStem() + (u + 1) + "@"
                    + MAIL_DOMAINS.get(dice.belowFavouringFront(MAIL_DOMAINS.size()));
            out.writeRecord(ids.customer(u), name.display(), gender, birthYear, region.displayName(), city,
                    Channel.of(customers.preferredChannel(u)).code(),
                    world.calendar().dateText(customers.signupDay(u)), email);
            rows.step();
        }
    }
}
