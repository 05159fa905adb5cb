package org.crmworkbench.data.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planted structure is really in the files and recoverable by simple analyses. */
class PlantedStructureTest {
    private static final Set<String> EN_POSITIVE = Set.of("happy", "love", "excellent", "great", "pleased",
            "fantastic", "perfectly", "recommend", "friendly", "bargain", "thank", "kind");
    private static final Set<String> EN_NEGATIVE = Set.of("disappointed", "damaged", "terrible", "unhappy",
            "frustrating", "slow", "poor", "overpriced", "rude", "unhelpful", "refund", "flimsy", "late", "failing");
    private static final List<String> ZH_POSITIVE = List.of("满意", "很好", "喜欢", "推荐", "好评", "实惠", "热情",
            "超出预期", "值得", "不错", "划算");
    private static final List<String> ZH_NEGATIVE = List.of("失望", "破损", "坏了", "糟糕", "太慢", "很差", "太贵",
            "退款", "投诉", "出错", "不符", "不合理");

    @TempDir
    static Path dir;
    static SampleDataSpec spec;
    static PlantedTruth truth;
    static CsvTable orders;
    static CsvTable lines;
    static CsvTable ratings;
    static CsvTable feedback;
    static CsvTable products;
    static CsvTable customers;
    static Map<String, CustomerStats> stats = new HashMap<>();

    /** Recency, frequency and monetary value of one customer. */
    static final class CustomerStats {
        long cents;
        int orders;
        LocalDate last = LocalDate.MIN;
    }

    @BeforeAll
    static void generate() throws IOException {
        spec = SampleDataSpec.builder(1_500).seed(4242).build();
        new SampleDataGenerator(spec).writeTo(dir, false, Progress.none());
        truth = new SampleDataGenerator(spec).truth();
        orders = CsvTable.read(dir.resolve(SampleFiles.ORDERS));
        lines = CsvTable.read(dir.resolve(SampleFiles.ORDER_LINES));
        ratings = CsvTable.read(dir.resolve(SampleFiles.RATINGS));
        feedback = CsvTable.read(dir.resolve(SampleFiles.FEEDBACK));
        products = CsvTable.read(dir.resolve(SampleFiles.PRODUCTS));
        customers = CsvTable.read(dir.resolve(SampleFiles.CUSTOMERS));
        for (List<String> order : orders.rows()) {
            CustomerStats s = stats.computeIfAbsent(order.get(1), id -> new CustomerStats());
            s.cents += new BigDecimal(order.get(5)).movePointRight(2).longValueExact();
            s.orders++;
            LocalDate date = LocalDate.parse(order.get(2));
            s.last = date.isAfter(s.last) ? date : s.last;
        }
    }

    private static Map<CustomerGroup, double[]> groupMeans() {
        Map<CustomerGroup, double[]> sums = new EnumMap<>(CustomerGroup.class);
        stats.forEach((id, s) -> {
            double[] sum = sums.computeIfAbsent(truth.group(id), g -> new double[4]);
            sum[0] += s.cents / 100.0;
            sum[1] += s.orders;
            sum[2] += ChronoUnit.DAYS.between(s.last, spec.endDate());
            sum[3]++;
        });
        sums.values().forEach(sum -> {
            sum[0] /= sum[3];
            sum[1] /= sum[3];
            sum[2] /= sum[3];
        });
        return sums;
    }

    @Test
    void groupsDifferInSpendingFrequencyAndRecency() {
        Map<CustomerGroup, double[]> means = groupMeans();
        double[] champions = means.get(CustomerGroup.CHAMPIONS);
        double[] loyal = means.get(CustomerGroup.LOYAL_REGULARS);
        double[] bargain = means.get(CustomerGroup.BARGAIN_HUNTERS);
        double[] newcomers = means.get(CustomerGroup.NEWCOMERS);
        double[] lapsing = means.get(CustomerGroup.LAPSING);
        String report = means.toString();
        assertTrue(champions[0] > 3 * loyal[0], "champions spend most");
        assertTrue(loyal[0] > 1.5 * bargain[0], "loyal regulars spend more than bargain hunters");
        assertTrue(bargain[0] > newcomers[0] && lapsing[0] > newcomers[0], "newcomers spent least so far");
        assertTrue(champions[1] > 1.5 * loyal[1] && loyal[1] > bargain[1], "order frequency ranks the same");
        assertTrue(newcomers[1] < 5, "newcomers have few orders");
        assertTrue(lapsing[2] > 180 && lapsing[2] > 4 * champions[2], "lapsing customers stopped months ago");
        assertTrue(champions[2] < 60 && newcomers[2] < 60, "champions and newcomers ordered recently");
        CsvTable c = customers;
        for (int i = 0; i < c.size(); i++) {
            LocalDate signup = LocalDate.parse(c.get(i, "signup_date"));
            long daysBeforeEnd = ChronoUnit.DAYS.between(signup, spec.endDate());
            if (truth.group(c.get(i, "customer_id")) == CustomerGroup.NEWCOMERS) {
                assertTrue(daysBeforeEnd <= 260, "newcomers signed up late: " + signup);
            }
        }
        assertTrue(means.values().stream().mapToDouble(m -> m[3]).sum() == spec.customers(), report);
    }

    @Test
    void lapsingCustomersSlowDownBeforeTheyStop() {
        int recent = 0;
        int earlier = 0;
        Map<String, List<LocalDate>> byCustomer = new HashMap<>();
        for (List<String> order : orders.rows()) {
            byCustomer.computeIfAbsent(order.get(1), id -> new ArrayList<>()).add(LocalDate.parse(order.get(2)));
        }
        for (Map.Entry<String, List<LocalDate>> e : byCustomer.entrySet()) {
            var lapse = truth.lapseDate(e.getKey());
            assertEquals(truth.group(e.getKey()) == CustomerGroup.LAPSING, lapse.isPresent());
            if (lapse.isEmpty() || truth.firstActiveDate(e.getKey()).isAfter(lapse.get().minusDays(360))) {
                continue;
            }
            for (LocalDate date : e.getValue()) {
                assertTrue(date.isBefore(lapse.get()), "no orders after lapsing");
                long before = ChronoUnit.DAYS.between(date, lapse.get());
                recent += before <= 180 ? 1 : 0;
                earlier += before > 180 && before <= 360 ? 1 : 0;
            }
        }
        assertTrue(earlier > 200, "enough orders to compare: " + earlier);
        assertTrue(recent < 0.8 * earlier, "frequency falls before stopping: " + recent + " vs " + earlier);
    }

    @Test
    void groupsPreferTheirPlantedCategories() {
        Map<String, String> categoryOf = new HashMap<>();
        for (List<String> p : products.rows()) {
            categoryOf.put(p.get(0), p.get(2));
        }
        Map<String, String> customerOf = new HashMap<>();
        for (List<String> o : orders.rows()) {
            customerOf.put(o.get(0), o.get(1));
        }
        Map<CustomerGroup, double[]> shares = new EnumMap<>(CustomerGroup.class);
        for (List<String> line : lines.rows()) {
            CustomerGroup group = truth.group(customerOf.get(line.get(0)));
            shares.computeIfAbsent(group, g -> new double[Category.values().length])
                    [categoryIndex(categoryOf.get(line.get(1)))]++;
        }
        for (CustomerGroup group : CustomerGroup.values()) {
            double[] observed = normalise(shares.get(group));
            double[] planted = new double[observed.length];
            for (Category category : Category.values()) {
                planted[category.ordinal()] = group.categoryWeight(category);
            }
            assertTrue(pearson(observed, planted) > 0.85, group + " buys by its planted taste");
            for (CustomerGroup other : CustomerGroup.values()) {
                if (other != group) {
                    double distance = 0;
                    double[] o = normalise(shares.get(other));
                    for (int c = 0; c < o.length; c++) {
                        distance += Math.abs(o[c] - observed[c]);
                    }
                    assertTrue(distance > 0.3, group + " and " + other + " buy differently");
                }
            }
        }
    }

    @Test
    void monthlyRevenuePeaksAtYearEndDipsInSummerAndGrows() {
        Map<YearMonth, Double> revenue = new HashMap<>();
        for (List<String> order : orders.rows()) {
            revenue.merge(YearMonth.from(LocalDate.parse(order.get(2))), Double.parseDouble(order.get(5)), Double::sum);
        }
        YearMonth first = YearMonth.from(spec.startDate());
        for (int year = first.getYear() + 1; year < spec.endDate().getYear(); year++) {
            double mean = 0;
            for (Month m : Month.values()) {
                mean += revenue.get(YearMonth.of(year, m)) / 12;
            }
            assertTrue(revenue.get(YearMonth.of(year, Month.NOVEMBER)) > mean, "November above mean in " + year);
            assertTrue(revenue.get(YearMonth.of(year, Month.DECEMBER)) > 1.2 * mean, "December peak in " + year);
            double summer = (revenue.get(YearMonth.of(year, Month.JUNE)) + revenue.get(YearMonth.of(year, Month.JULY))
                    + revenue.get(YearMonth.of(year, Month.AUGUST))) / 3;
            assertTrue(summer < mean, "summer dip in " + year);
        }
        double firstYear = 0;
        double lastYear = 0;
        for (int m = 0; m < 12; m++) {
            firstYear += revenue.get(first.plusMonths(m));
            lastYear += revenue.get(YearMonth.from(spec.endDate()).minusMonths(m));
        }
        assertTrue(lastYear > 1.2 * firstYear, "upward trend: " + firstYear + " -> " + lastYear);
        assertTrue(truth.seasonality(Month.DECEMBER) > truth.seasonality(Month.JULY));
    }

    @Test
    void ratingsFollowTheLatentTaste() {
        int n = ratings.size();
        double[] stars = new double[n];
        double[] latent = new double[n];
        double[] baseline = new double[n];
        for (int i = 0; i < n; i++) {
            List<String> row = ratings.rows().get(i);
            stars[i] = Integer.parseInt(row.get(2));
            latent[i] = truth.latentScore(row.get(0), row.get(1));
            baseline[i] = truth.baselineScore(row.get(0), row.get(1));
        }
        double withTaste = pearson(stars, latent);
        double biasesOnly = pearson(stars, baseline);
        assertTrue(withTaste > 0.7, "ratings follow the planted score: " + withTaste);
        assertTrue(withTaste > biasesOnly + 0.15, "the interaction matters: " + withTaste + " vs " + biasesOnly);
    }

    @Test
    void matrixFactorisationBeatsTheBiasBaseline() {
        int n = ratings.size();
        int[] users = new int[n];
        int[] items = new int[n];
        double[] stars = new double[n];
        for (int i = 0; i < n; i++) {
            List<String> row = ratings.rows().get(i);
            users[i] = Integer.parseInt(row.get(0).substring(1)) - 1;
            items[i] = Integer.parseInt(row.get(1).substring(1)) - 1;
            stars[i] = Integer.parseInt(row.get(2));
        }
        double baseline = TinyFactorModel.holdoutRmse(users, items, stars, spec.customers(), spec.products(), 0);
        double factors = TinyFactorModel.holdoutRmse(users, items, stars, spec.customers(), spec.products(), 8);
        assertTrue(factors < 0.93 * baseline, "8 factors " + factors + " vs biases " + baseline);
    }

    @Test
    void customersRateMostlyWhatTheyLike() {
        Map<String, String> categoryOf = new HashMap<>();
        for (List<String> p : products.rows()) {
            categoryOf.put(p.get(0), p.get(2));
        }
        Map<CustomerGroup, double[]> counts = new EnumMap<>(CustomerGroup.class);
        for (List<String> r : ratings.rows()) {
            CustomerGroup group = truth.group(r.get(0));
            counts.computeIfAbsent(group, g -> new double[Category.values().length])
                    [categoryIndex(categoryOf.get(r.get(1)))]++;
        }
        Map<String, Integer> catalogue = new HashMap<>();
        for (List<String> p : products.rows()) {
            catalogue.merge(p.get(2), 1, Integer::sum);
        }
        for (CustomerGroup group : CustomerGroup.values()) {
            double[] share = normalise(counts.get(group));
            double inCatalogue = 0;
            double observed = 0;
            List<Category> top = new ArrayList<>(List.of(Category.values()));
            top.sort((a, b) -> Double.compare(group.categoryWeight(b), group.categoryWeight(a)));
            for (Category c : top.subList(0, 3)) {
                inCatalogue += catalogue.get(c.displayName()) / (double) products.size();
                observed += share[c.ordinal()];
            }
            assertTrue(observed > 0.4 && observed > inCatalogue + 0.1,
                    group + " rates its three favourite categories: " + observed + " vs catalogue " + inCatalogue);
        }
    }

    @Test
    void feedbackWordingMatchesThePlantedSentiment() {
        Map<CustomerGroup, int[]> moods = new EnumMap<>(CustomerGroup.class);
        for (int i = 0; i < feedback.size(); i++) {
            String id = feedback.get(i, "feedback_id");
            Sentiment sentiment = truth.sentiment(id);
            String text = feedback.get(i, "text");
            boolean zh = feedback.get(i, "language").equals("zh");
            boolean positive = zh ? ZH_POSITIVE.stream().anyMatch(text::contains) : hasWord(text, EN_POSITIVE);
            boolean negative = zh ? ZH_NEGATIVE.stream().anyMatch(text::contains) : hasWord(text, EN_NEGATIVE);
            assertEquals(sentiment == Sentiment.POSITIVE, positive, () -> sentiment + ": " + text);
            assertEquals(sentiment == Sentiment.NEGATIVE, negative, () -> sentiment + ": " + text);
            moods.computeIfAbsent(truth.group(feedback.get(i, "customer_id")), g -> new int[3])
                    [sentiment.ordinal()]++;
        }
        assertTrue(share(moods.get(CustomerGroup.CHAMPIONS), Sentiment.POSITIVE) > 0.5);
        assertTrue(share(moods.get(CustomerGroup.CHAMPIONS), Sentiment.NEGATIVE) < 0.15);
        assertTrue(share(moods.get(CustomerGroup.LAPSING), Sentiment.NEGATIVE) > 0.45);
    }

    @Test
    void betterRepsSellBiggerBaskets() {
        // the territory effect scales every order's expected extra lines by its region's factor, so each order's
        // extra lines are divided by that factor before the reps are compared
        Map<String, Integer> linesPerOrder = new HashMap<>();
        for (List<String> line : lines.rows()) {
            linesPerOrder.merge(line.get(0), 1, Integer::sum);
        }
        Map<String, String> regionOf = new HashMap<>();
        for (List<String> customer : customers.rows()) {
            regionOf.put(customer.get(0), customer.get(4));
        }
        Map<String, double[]> perRep = new HashMap<>();
        for (List<String> order : orders.rows()) {
            if (!order.get(4).isEmpty()) {
                double[] sum = perRep.computeIfAbsent(order.get(4), r -> new double[3]);
                double territory = truth.territoryFactor(regionOf.get(order.get(1)));
                sum[0] += (linesPerOrder.get(order.get(0)) - 1) / territory;
                sum[1] += Double.parseDouble(order.get(5)) / territory;
                sum[2]++;
            }
        }
        List<String> reps = new ArrayList<>(perRep.keySet());
        double[] performance = new double[reps.size()];
        double[] basket = new double[reps.size()];
        double[] value = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++) {
            double[] sum = perRep.get(reps.get(i));
            performance[i] = truth.repPerformance(reps.get(i));
            basket[i] = sum[0] / sum[2];
            value[i] = sum[1] / sum[2];
        }
        assertEquals(spec.salesReps(), reps.size(), "every rep sold something");
        assertTrue(pearson(ranks(performance), ranks(basket)) > 0.7, "lines per order follow performance");
        assertTrue(pearson(ranks(performance), ranks(value)) > 0.4, "order value follows performance");
    }

    @Test
    void territoriesScaleTheBaskets() {
        Map<String, Integer> linesPerOrder = new HashMap<>();
        for (List<String> line : lines.rows()) {
            linesPerOrder.merge(line.get(0), 1, Integer::sum);
        }
        Map<String, String> regionOf = new HashMap<>();
        for (List<String> customer : customers.rows()) {
            regionOf.put(customer.get(0), customer.get(4));
        }
        Map<String, double[]> perRegion = new HashMap<>();
        for (List<String> order : orders.rows()) {
            double[] sum = perRegion.computeIfAbsent(regionOf.get(order.get(1)), r -> new double[2]);
            sum[0] += linesPerOrder.get(order.get(0));
            sum[1]++;
        }
        List<String> regions = new ArrayList<>(perRegion.keySet());
        double[] factor = new double[regions.size()];
        double[] basket = new double[regions.size()];
        for (int i = 0; i < regions.size(); i++) {
            factor[i] = truth.territoryFactor(regions.get(i));
            basket[i] = perRegion.get(regions.get(i))[0] / perRegion.get(regions.get(i))[1];
        }
        assertEquals(1.0, pearson(ranks(factor), ranks(basket)), 1e-9, "lines per order follow the territory");
    }

    @Test
    void productTextsPlaceProductsNearTheirCategory() {
        List<String> documents = new ArrayList<>();
        for (List<String> p : products.rows()) {
            documents.add(p.get(1) + " " + p.get(5).replace(';', ' ') + " " + p.get(6));
        }
        int[] nearest = TextSimilarity.nearestNeighbours(documents);
        int same = 0;
        for (int i = 0; i < nearest.length; i++) {
            same += products.rows().get(i).get(2).equals(products.rows().get(nearest[i]).get(2)) ? 1 : 0;
        }
        assertTrue(same > 0.9 * nearest.length, "nearest neighbour in the same category: " + same);
        assertFalse(products.column("tags").stream().anyMatch(t -> !t.equals(t.toLowerCase())));
    }

    private static boolean hasWord(String text, Set<String> words) {
        for (String token : text.toLowerCase().split("[^a-z]+")) {
            if (words.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static double share(int[] counts, Sentiment sentiment) {
        return counts[sentiment.ordinal()] / (double) (counts[0] + counts[1] + counts[2]);
    }

    private static int categoryIndex(String displayName) {
        for (Category c : Category.values()) {
            if (c.displayName().equals(displayName)) {
                return c.ordinal();
            }
        }
        throw new IllegalArgumentException(displayName);
    }

    private static double[] normalise(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] / sum;
        }
        return out;
    }

    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r;
        }
        return ranks;
    }

    static double pearson(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / a.length;
            mb += b[i] / b.length;
        }
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }
}
