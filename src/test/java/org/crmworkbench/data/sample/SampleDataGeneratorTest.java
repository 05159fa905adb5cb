package org.crmworkbench.data.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format and integrity of the generated files. */
class SampleDataGeneratorTest {
    private static final Pattern MONEY = Pattern.compile("\\d+\\.\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    private static final Pattern TAGS = Pattern.compile("[a-z0-9-]+(;[a-z0-9-]+){2,}");
    private static final Set<String> CHANNELS = Set.of("online", "store", "phone");

    @TempDir
    static Path dir;
    static SampleDataSpec spec;
    static GenerationSummary summary;
    static Map<String, CsvTable> tables = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        spec = SampleDataSpec.builder(600).seed(11).build();
        summary = new SampleDataGenerator(spec).writeTo(dir, true, Progress.none());
        for (String name : SampleFiles.DATA_FILES) {
            tables.put(name, CsvTable.read(dir.resolve(name)));
        }
        for (String name : SampleFiles.TRUTH_FILES) {
            tables.put(name, CsvTable.read(dir.resolve(name)));
        }
    }

    private static CsvTable table(String name) {
        return tables.get(name);
    }

    @Test
    void headersAreExactlyAsSpecified() {
        assertEquals(List.of("customer_id", "name", "gender", "birth_year", "region", "city", "channel",
                "signup_date", "email"), table(SampleFiles.CUSTOMERS).header());
        assertEquals(List.of("product_id", "name", "category", "brand", "price", "tags", "description"),
                table(SampleFiles.PRODUCTS).header());
        assertEquals(List.of("rep_id", "name", "region", "hired_on"), table(SampleFiles.SALES_REPS).header());
        assertEquals(List.of("order_id", "customer_id", "order_date", "channel", "rep_id", "total"),
                table(SampleFiles.ORDERS).header());
        assertEquals(List.of("order_id", "product_id", "quantity", "unit_price"),
                table(SampleFiles.ORDER_LINES).header());
        assertEquals(List.of("customer_id", "product_id", "rating", "rated_at"), table(SampleFiles.RATINGS).header());
        assertEquals(List.of("feedback_id", "customer_id", "created_at", "channel", "text", "language", "product_id"),
                table(SampleFiles.FEEDBACK).header());
        assertEquals(List.of("customer_id", "group"), table(SampleFiles.TRUTH_CUSTOMERS).header());
        assertEquals(List.of("feedback_id", "sentiment"), table(SampleFiles.TRUTH_FEEDBACK).header());
        assertEquals(List.of("rep_id", "performance"), table(SampleFiles.TRUTH_REPS).header());
    }

    @Test
    void summaryCountsMatchTheFilesAndTheSpec() throws IOException {
        assertEquals(spec.customers(), table(SampleFiles.CUSTOMERS).size());
        assertEquals(spec.products(), table(SampleFiles.PRODUCTS).size());
        assertEquals(spec.salesReps(), table(SampleFiles.SALES_REPS).size());
        assertEquals(spec.ratings(), table(SampleFiles.RATINGS).size(), "exactly the target number of ratings");
        summary.rowsByFile().forEach((file, rows) -> assertEquals(rows, table(file).size(), file));
        assertTrue(summary.truthWritten());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary files");
        }
    }

    @Test
    void idsAreUniqueAndPaddedToTheirPrefix() {
        assertUniqueMatching(table(SampleFiles.CUSTOMERS).column("customer_id"), "C\\d{6}");
        assertUniqueMatching(table(SampleFiles.PRODUCTS).column("product_id"), "P\\d{5}");
        assertUniqueMatching(table(SampleFiles.SALES_REPS).column("rep_id"), "R\\d{3}");
        assertUniqueMatching(table(SampleFiles.ORDERS).column("order_id"), "O\\d{7}");
        assertUniqueMatching(table(SampleFiles.FEEDBACK).column("feedback_id"), "F\\d{6}");
        assertUniqueMatching(table(SampleFiles.CUSTOMERS).column("email"), "[a-z._]+\\d+@[a-z.]+");
        assertEquals("C000001", table(SampleFiles.CUSTOMERS).get(0, "customer_id"));
        assertEquals("O0000001", table(SampleFiles.ORDERS).get(0, "order_id"));
    }

    @Test
    void everyForeignKeyResolves() {
        Set<String> customers = new HashSet<>(table(SampleFiles.CUSTOMERS).column("customer_id"));
        Set<String> products = new HashSet<>(table(SampleFiles.PRODUCTS).column("product_id"));
        Set<String> reps = new HashSet<>(table(SampleFiles.SALES_REPS).column("rep_id"));
        Set<String> orders = new HashSet<>(table(SampleFiles.ORDERS).column("order_id"));
        assertTrue(customers.containsAll(table(SampleFiles.ORDERS).column("customer_id")));
        for (String rep : table(SampleFiles.ORDERS).column("rep_id")) {
            assertTrue(rep.isEmpty() || reps.contains(rep), rep);
        }
        assertTrue(orders.containsAll(table(SampleFiles.ORDER_LINES).column("order_id")));
        assertEquals(orders, new HashSet<>(table(SampleFiles.ORDER_LINES).column("order_id")),
                "every order has lines");
        assertTrue(products.containsAll(table(SampleFiles.ORDER_LINES).column("product_id")));
        assertTrue(customers.containsAll(table(SampleFiles.RATINGS).column("customer_id")));
        assertTrue(products.containsAll(table(SampleFiles.RATINGS).column("product_id")));
        assertTrue(customers.containsAll(table(SampleFiles.FEEDBACK).column("customer_id")));
        assertEquals(customers, new HashSet<>(table(SampleFiles.TRUTH_CUSTOMERS).column("customer_id")));
        assertEquals(new HashSet<>(table(SampleFiles.FEEDBACK).column("feedback_id")),
                new HashSet<>(table(SampleFiles.TRUTH_FEEDBACK).column("feedback_id")));
        assertEquals(reps, new HashSet<>(table(SampleFiles.TRUTH_REPS).column("rep_id")));
        assertEquals(customers, new HashSet<>(table(SampleFiles.ORDERS).column("customer_id")),
                "every customer has ordered");
    }

    @Test
    void orderTotalsEqualTheSumOfTheirLines() {
        Map<String, BigDecimal> sums = new HashMap<>();
        Set<String> orderProduct = new HashSet<>();
        for (List<String> line : table(SampleFiles.ORDER_LINES).rows()) {
            assertTrue(MONEY.matcher(line.get(3)).matches(), line.toString());
            int quantity = Integer.parseInt(line.get(2));
            assertTrue(quantity >= 1, line.toString());
            assertTrue(orderProduct.add(line.get(0) + "/" + line.get(1)), "one line per product and order");
            sums.merge(line.get(0), new BigDecimal(line.get(3)).multiply(BigDecimal.valueOf(quantity)),
                    BigDecimal::add);
        }
        CsvTable orders = table(SampleFiles.ORDERS);
        for (int i = 0; i < orders.size(); i++) {
            String total = orders.get(i, "total");
            assertTrue(MONEY.matcher(total).matches(), total);
            assertEquals(0, new BigDecimal(total).compareTo(sums.get(orders.get(i, "order_id"))),
                    orders.get(i, "order_id"));
        }
    }

    @Test
    void ordersUseChannelsRepsAndDatesConsistently() {
        Map<String, LocalDate> hired = new HashMap<>();
        CsvTable reps = table(SampleFiles.SALES_REPS);
        for (int i = 0; i < reps.size(); i++) {
            hired.put(reps.get(i, "rep_id"), LocalDate.parse(reps.get(i, "hired_on")));
        }
        CsvTable orders = table(SampleFiles.ORDERS);
        LocalDate previous = spec.startDate();
        for (int i = 0; i < orders.size(); i++) {
            String channel = orders.get(i, "channel");
            String rep = orders.get(i, "rep_id");
            LocalDate date = LocalDate.parse(orders.get(i, "order_date"));
            assertTrue(CHANNELS.contains(channel), channel);
            assertEquals(channel.equals("online"), rep.isEmpty(), "rep exactly for store and phone orders");
            assertFalse(date.isBefore(previous), "orders are numbered in date order");
            assertFalse(date.isAfter(spec.endDate()));
            if (!rep.isEmpty()) {
                assertFalse(hired.get(rep).isAfter(date), "rep hired before the order");
            }
            previous = date;
        }
        assertEquals(spec.startDate(), LocalDate.parse(orders.get(0, "order_date")).withDayOfMonth(1),
                "orders start in the first month");
    }

    @Test
    void customersSignUpBeforeTheirFirstOrderAndHavePlantedGaps() {
        Map<String, LocalDate> first = new HashMap<>();
        CsvTable orders = table(SampleFiles.ORDERS);
        for (int i = 0; i < orders.size(); i++) {
            first.merge(orders.get(i, "customer_id"), LocalDate.parse(orders.get(i, "order_date")),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        CsvTable customers = table(SampleFiles.CUSTOMERS);
        int noGender = 0;
        int noBirthYear = 0;
        for (int i = 0; i < customers.size(); i++) {
            LocalDate signup = LocalDate.parse(customers.get(i, "signup_date"));
            assertTrue(signup.isBefore(first.get(customers.get(i, "customer_id"))), customers.rows().get(i)::toString);
            String gender = customers.get(i, "gender");
            assertTrue(Set.of("F", "M", "").contains(gender), gender);
            noGender += gender.isEmpty() ? 1 : 0;
            String year = customers.get(i, "birth_year");
            if (year.isEmpty()) {
                noBirthYear++;
            } else {
                int y = Integer.parseInt(year);
                assertTrue(y >= 1940 && y <= 2008, year);
            }
            assertTrue(CHANNELS.contains(customers.get(i, "channel")));
            assertFalse(customers.get(i, "name").isBlank());
            assertFalse(customers.get(i, "city").isBlank());
        }
        assertTrue(noGender >= 5 && noGender <= 40, "about 3% without gender: " + noGender);
        assertTrue(noBirthYear >= 5 && noBirthYear <= 40, "about 3% without birth year: " + noBirthYear);
    }

    @Test
    void ratingsAreStarsOncePerCustomerAndProductWithinTheWindow() {
        Set<String> pairs = new HashSet<>();
        for (List<String> row : table(SampleFiles.RATINGS).rows()) {
            assertTrue(pairs.add(row.get(0) + "/" + row.get(1)), "unique pair " + row);
            int stars = Integer.parseInt(row.get(2));
            assertTrue(stars >= 1 && stars <= 5, row.toString());
            assertTrue(DATE_TIME.matcher(row.get(3)).matches(), row.get(3));
            LocalDate day = LocalDateTime.parse(row.get(3)).toLocalDate();
            assertFalse(day.isBefore(spec.startDate()) || day.isAfter(spec.endDate()), row.get(3));
        }
    }

    @Test
    void productsHaveCategoryPricesTagsAndDescriptions() {
        CsvTable products = table(SampleFiles.PRODUCTS);
        Set<String> categories = new HashSet<>(products.column("category"));
        assertEquals(Category.values().length, categories.size(), "all ten categories present");
        for (int i = 0; i < products.size(); i++) {
            assertTrue(MONEY.matcher(products.get(i, "price")).matches());
            assertTrue(new BigDecimal(products.get(i, "price")).signum() > 0);
            String tags = products.get(i, "tags");
            assertTrue(TAGS.matcher(tags).matches(), tags);
            String description = products.get(i, "description");
            assertTrue(description.length() > 40 && description.endsWith("."), description);
            assertTrue(products.get(i, "name").startsWith(products.get(i, "brand")));
        }
    }

    @Test
    void feedbackIsEnglishOrRealChinese() {
        CsvTable feedback = table(SampleFiles.FEEDBACK);
        int chinese = 0;
        for (int i = 0; i < feedback.size(); i++) {
            String language = feedback.get(i, "language");
            String text = feedback.get(i, "text");
            assertTrue(DATE_TIME.matcher(feedback.get(i, "created_at")).matches());
            assertTrue(CHANNELS.contains(feedback.get(i, "channel")));
            if (language.equals("zh")) {
                chinese++;
                assertTrue(text.codePoints().filter(cp -> Character.UnicodeScript.of(cp)
                        == Character.UnicodeScript.HAN).count() >= 8, text);
            } else {
                assertEquals("en", language);
                assertTrue(text.chars().allMatch(ch -> ch < 128), text);
                assertTrue(text.split(" ").length >= 8, text);
            }
        }
        double share = chinese / (double) feedback.size();
        assertTrue(share > 0.3 && share < 0.5, "roughly 40% Chinese: " + share);
    }

    @Test
    void truthFilesHoldPlantedLabels() {
        Set<String> groups = new HashSet<>();
        for (CustomerGroup group : CustomerGroup.values()) {
            groups.add(group.key());
        }
        assertTrue(groups.containsAll(table(SampleFiles.TRUTH_CUSTOMERS).column("group")));
        assertEquals(groups, new HashSet<>(table(SampleFiles.TRUTH_CUSTOMERS).column("group")));
        assertEquals(Set.of("positive", "neutral", "negative"),
                new HashSet<>(table(SampleFiles.TRUTH_FEEDBACK).column("sentiment")));
        PlantedTruth truth = new SampleDataGenerator(spec).truth();
        CsvTable reps = table(SampleFiles.TRUTH_REPS);
        for (int i = 0; i < reps.size(); i++) {
            String performance = reps.get(i, "performance");
            assertTrue(MONEY.matcher(performance).matches(), performance);
            assertEquals(truth.repPerformance(reps.get(i, "rep_id")), Double.parseDouble(performance), 1e-9);
        }
        CsvTable customers = table(SampleFiles.TRUTH_CUSTOMERS);
        for (int i = 0; i < customers.size(); i++) {
            assertEquals(customers.get(i, "group"), truth.group(customers.get(i, "customer_id")).key());
        }
    }

    @Test
    void sameSpecGivesIdenticalBytesAndAnotherSeedDiffers(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws IOException {
        SampleDataSpec small = SampleDataSpec.builder(120).products(60).seed(99).build();
        new SampleDataGenerator(small).writeTo(a, true, Progress.none());
        new SampleDataGenerator(small).writeTo(b, true, Progress.none());
        new SampleDataGenerator(small.withSeed(100)).writeTo(c, true, Progress.none());
        for (String name : SampleFiles.DATA_FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        for (String name : SampleFiles.TRUTH_FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        for (String name : List.of(SampleFiles.CUSTOMERS, SampleFiles.ORDERS, SampleFiles.RATINGS)) {
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve(name)),
                    Files.readAllBytes(c.resolve(name))), name + " differs for another seed");
        }
    }

    private static void assertUniqueMatching(List<String> values, String regex) {
        Pattern pattern = Pattern.compile(regex);
        assertEquals(values.size(), new HashSet<>(values).size(), "unique " + regex);
        for (String value : values) {
            assertTrue(pattern.matcher(value).matches(), value + " matches " + regex);
        }
    }
}
