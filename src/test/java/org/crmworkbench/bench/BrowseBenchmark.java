package org.crmworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.Callable;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.data.browse.RowOrder;
import org.crmworkbench.data.browse.TableBrowser;
import org.crmworkbench.work.Progress;

/**
 * Browse benchmark (not a test): a file database with 1,000,000 ratings, 50,000 customers and 5,000 products;
 * times {@code count}, {@code page} by position at offsets 0 and 990,000, building row orders and paging them,
 * and keyset paging for reference. Each line shows the first run in this JVM (cold) and the best of the next
 * runs (warm); every run uses different parameters, so H2 cannot hand back a cached result.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@browse-benchmark}
 */
public final class BrowseBenchmark {
    private static final int RATINGS = 1_000_000;
    private static final int WARM_RUNS = 3;
    private static final int PAGE = 200;

    private BrowseBenchmark() {
    }

    interface Run {
        Object call(int run) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("wb-browse-bench");
        try (Database db = Database.openFile(work.resolve("browse"))) {
            long t0 = System.nanoTime();
            SampleData.generate(db, 50_000, 5_000, RATINGS);
            System.out.printf("generated %,d ratings in %.1f s (%s)%n", RATINGS, (System.nanoTime() - t0) / 1e9,
                    db.description());
            TableBrowser ratings = new TableBrowser(db, CrmTable.RATINGS);
            String[] filters = {"c00012", "c00034", "p0001", "c00456"};

            time("count(\"\")", run -> ratings.count(""));
            time("count(filter)", run -> ratings.count(filters[run]));
            time("page by position, offset 0", run -> ratings.page("", null, true, run, PAGE));
            time("page by position, offset 990,000", run -> ratings.page("", null, true, 990_000 - run, PAGE));
            time("page by position, filtered, offset 0", run -> ratings.page(filters[run], null, true, 0, PAGE));
            timeOnce("page by position, sorted by rating, offset 0", () -> ratings.page("", "rating", true, 0, PAGE));
            timeOnce("page by position, sorted by rated_at, offset 990,000",
                    () -> ratings.page("", "rated_at", false, 990_000, PAGE));
            timeOnce("page by position, sorted by customer_id, offset 0",
                    () -> ratings.page("", "customer_id", true, 0, PAGE));
            time("keyset page after key 990,000 (reference)", run -> keyset(db, 990_000 - run));

            time("order(), table order", run -> ratings.order("", null, true, Progress.none()));
            time("order(), sorted by rating", run -> ratings.order("", "rating", run % 2 == 0, Progress.none()));
            time("order(), sorted by rated_at", run -> ratings.order("", "rated_at", run % 2 == 0, Progress.none()));
            time("order(), sorted by customer_id (lookup)",
                    run -> ratings.order("", "customer_id", run % 2 == 0, Progress.none()));
            time("order(), filtered", run -> ratings.order(filters[run], null, true, Progress.none()));

            RowOrder plain = ratings.order("", null, true, Progress.none());
            RowOrder sorted = ratings.order("", "rating", false, Progress.none());
            time("page(order), table order, offset 0", run -> ratings.page(plain, run, PAGE));
            time("page(order), table order, offset 990,000", run -> ratings.page(plain, 990_000 - run, PAGE));
            time("page(order), sorted by rating, offset 0", run -> ratings.page(sorted, run, PAGE));
            time("page(order), sorted by rating, offset 990,000", run -> ratings.page(sorted, 990_000 - run, PAGE));
            System.out.printf("a row order of %,d rows holds %,d bytes of keys%n", plain.size(), plain.size() * 8);
        } finally {
            ImportBenchmark.deleteTree(work);
        }
    }

    private static Object keyset(Database db, long after) throws Exception {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(
                "SELECT _ROWID_, customer_id, product_id, rating, rated_at FROM ratings WHERE _ROWID_ > ? "
                        + "ORDER BY _ROWID_ LIMIT " + PAGE)) {
            p.setLong(1, after);
            int n = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static void time(String what, Run run) throws Exception {
        long cold = nanos(() -> run.call(0));
        long warm = Long.MAX_VALUE;
        for (int i = 1; i <= WARM_RUNS; i++) {
            final int r = i;
            warm = Math.min(warm, nanos(() -> run.call(r)));
        }
        System.out.printf("%-50s cold %9.1f ms   warm %9.1f ms%n", what, cold / 1e6, warm / 1e6);
    }

    private static void timeOnce(String what, Callable<Object> work) throws Exception {
        System.out.printf("%-50s once %9.1f ms%n", what, nanos(work) / 1e6);
    }

    private static long nanos(Callable<Object> work) throws Exception {
        long t0 = System.nanoTime();
        work.call();
        return System.nanoTime() - t0;
    }
}
