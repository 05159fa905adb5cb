package org.crmworkbench.data.recommend;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.data.imports.DateReader;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.RecordSource;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.Customer;
import org.crmworkbench.model.Product;
import org.crmworkbench.model.PurchaseRows;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.model.RecommendationData;
import org.crmworkbench.work.Progress;

/**
 * Reads a ratings file for recommendation without a database: columns user, item, rating and optionally a
 * timestamp, comma or tab separated (as the import detects), with or without a header. With a header the columns
 * are found by name ({@code user}, {@code customer}, {@code customer_id}, ...; {@code item}, {@code product}, ...;
 * {@code rating}, {@code score}, {@code stars}; {@code timestamp}, {@code rated_at}, {@code time}, {@code date}),
 * otherwise by position. A timestamp is epoch seconds or a date-time the import accepts.
 *
 * <p>Customers and products are the ids that occur, numbered 1.. in order of first appearance; they have no names.
 * The whole file is checked: the first problem is reported with its line, column and value, and nothing is returned.
 */
public final class RatingsFileReader {
    private static final List<String> USER_NAMES = List.of("user", "user_id", "userid", "customer", "customer_id");
    private static final List<String> ITEM_NAMES = List.of("item", "item_id", "itemid", "product", "product_id",
            "movie", "movie_id", "movieid");
    private static final List<String> RATING_NAMES = List.of("rating", "score", "stars", "value");
    private static final List<String> TIME_NAMES = List.of("timestamp", "rated_at", "time", "date", "datetime");

    private final ImportOptions options;

    public RatingsFileReader(ImportOptions options) {
        this.options = options;
    }

    public RatingsFileReader() {
        this(ImportOptions.defaults());
    }

    /**
     * Reads {@code file}; ratings must lie within the options' rating scale.
     *
     * @throws UnreadableFileException naming file, line, column and value for the first problem
     */
    public RecommendationData read(Path file, Progress progress) throws IOException {
        progress.stage("recommend.stage.readFile", file.getFileName().toString());
        try (RecordSource source = RecordSources.open(file, options)) {
            String name = source.name();
            List<String> header = source.header();
            Columns cols = Columns.find(name, header);
            Parsed out = new Parsed(name, cols, header, options);
            if (!cols.named()) {
                out.add(new SourceRecord(1, header.toArray(String[]::new)));
            }
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                out.add(r);
                if ((out.size() & 0xFFFF) == 0) {
                    progress.checkCancelled();
                    double f = source.fractionRead();
                    if (f >= 0) {
                        progress.worked((long) (f * 1000), 1000);
                    }
                }
            }
            if (out.size() == 0) {
                throw new UnreadableFileException(new ImportProblem(name, 0, 0, null, null,
                        "recommend.file.noRatings"), null);
            }
            return out.toData(file);
        }
    }

    /** Where the four fields are; {@code named} when the first row was a header. */
    private record Columns(int user, int item, int rating, int time, boolean named) {
        static Columns find(String file, List<String> header) throws UnreadableFileException {
            boolean named = header.size() >= 3 && !isNumber(header.get(2));
            if (!named) {
                if (header.size() < 3) {
                    throw new UnreadableFileException(new ImportProblem(file, 1, 0, null, null,
                            "recommend.file.tooFewColumns", header.size()), null);
                }
                return new Columns(0, 1, 2, header.size() > 3 ? 3 : -1, false);
            }
            int user = index(header, USER_NAMES);
            int item = index(header, ITEM_NAMES);
            int rating = index(header, RATING_NAMES);
            if (user < 0 && item < 0 && rating < 0) {
                // a header with other names: take the columns by position
                return new Columns(0, 1, 2, header.size() > 3 ? 3 : -1, true);
            }
            String missing = user < 0 ? "user" : item < 0 ? "item" : rating < 0 ? "rating" : null;
            if (missing != null) {
                throw new UnreadableFileException(new ImportProblem(file, 1, 0, null, null,
                        "import.problem.missingColumn", missing, String.join(", ", header)), null);
            }
            return new Columns(user, item, rating, index(header, TIME_NAMES), true);
        }

        private static int index(List<String> header, List<String> names) {
            for (int c = 0; c < header.size(); c++) {
                if (names.contains(header.get(c).trim().toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
            return -1;
        }
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The rows read so far, with the customer and product ids met and where each pair was first rated. */
    private static final class Parsed {
        private final String file;
        private final Columns cols;
        private final List<String> header;
        private final ImportOptions options;
        private final DateReader dates;
        private final Map<String, Long> users = new HashMap<>();
        private final Map<String, Long> items = new HashMap<>();
        private final List<String> userNames = new ArrayList<>();
        private final List<String> itemNames = new ArrayList<>();
        private final Map<Long, Long> pairLine = new HashMap<>();
        private long[] u = new long[1024];
        private long[] it = new long[1024];
        private float[] rating = new float[1024];
        private long[] time = new long[1024];
        private int n;

        Parsed(String file, Columns cols, List<String> header, ImportOptions options) {
            this.file = file;
            this.cols = cols;
            this.header = header;
            this.options = options;
            this.dates = new DateReader(options.slashedDates());
        }

        int size() {
            return n;
        }

        void add(SourceRecord r) throws UnreadableFileException {
            String userText = required(r, cols.user());
            String itemText = required(r, cols.item());
            String ratingText = required(r, cols.rating());
            float value;
            try {
                value = Float.parseFloat(ratingText);
            } catch (NumberFormatException e) {
                value = Float.NaN;
            }
            if (!(value >= options.ratingMin() && value <= options.ratingMax())) {
                throw problem(r, cols.rating(), ratingText, "import.problem.rating", options.ratingMin(),
                        options.ratingMax());
            }
            long when = RatingRows.UNKNOWN_TIME;
            if (cols.time() >= 0 && !r.field(cols.time()).isBlank()) {
                when = time(r, r.field(cols.time()).trim());
            }
            long user = users.computeIfAbsent(userText, k -> {
                userNames.add(k);
                return (long) userNames.size();
            });
            long item = items.computeIfAbsent(itemText, k -> {
                itemNames.add(k);
                return (long) itemNames.size();
            });
            Long first = pairLine.putIfAbsent(user * 4_294_967_296L + item, r.line());
            if (first != null) {
                throw problem(r, cols.item(), itemText, "import.problem.duplicatePair", first);
            }
            if (n == u.length) {
                u = Arrays.copyOf(u, n * 2);
                it = Arrays.copyOf(it, n * 2);
                rating = Arrays.copyOf(rating, n * 2);
                time = Arrays.copyOf(time, n * 2);
            }
            u[n] = user;
            it[n] = item;
            rating[n] = value;
            time[n] = when;
            n++;
        }

        private long time(SourceRecord r, String text) throws UnreadableFileException {
            if (text.chars().allMatch(Character::isDigit) && text.length() <= 12) {
                return Long.parseLong(text);
            }
            LocalDateTime t = dates.dateTime(text);
            if (t == null) {
                throw problem(r, cols.time(), text, "recommend.file.notTime");
            }
            return t.toEpochSecond(ZoneOffset.UTC);
        }

        private String required(SourceRecord r, int column) throws UnreadableFileException {
            String v = r.field(column).trim();
            if (v.isEmpty()) {
                throw problem(r, column, null, "import.problem.required");
            }
            return v;
        }

        private UnreadableFileException problem(SourceRecord r, int column, String value, String key,
                                                Object... args) {
            String head = cols.named() && column < header.size() ? header.get(column) : null;
            return new UnreadableFileException(new ImportProblem(file, r.line(), column + 1, head, value, key, args),
                    null);
        }

        RecommendationData toData(Path path) {
            List<Customer> customers = new ArrayList<>(userNames.size());
            for (int k = 0; k < userNames.size(); k++) {
                customers.add(new Customer(k + 1L, userNames.get(k), ""));
            }
            List<Product> products = new ArrayList<>(itemNames.size());
            for (int k = 0; k < itemNames.size(); k++) {
                products.add(new Product(k + 1L, itemNames.get(k), itemNames.get(k), "", "", Double.NaN, "", ""));
            }
            RatingRows rows = new RatingRows(Arrays.copyOf(u, n), Arrays.copyOf(it, n), Arrays.copyOf(rating, n),
                    Arrays.copyOf(time, n));
            return new RecommendationData(customers, products, rows, PurchaseRows.empty(),
                    "file " + path.toAbsolutePath());
        }
    }
}
