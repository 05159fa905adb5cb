package org.crmworkbench.data.sample;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.crmworkbench.work.Progress;

/**
 * Writes a realistic CRM data set with planted structure: seven UTF-8 CSV files (see {@link SampleFiles}),
 * byte-identical for the same {@link SampleDataSpec}, and the shop's fixed service-assistant knowledge base with its
 * held-out test questions ({@link ShopKnowledgeBase}). Used as the bundled sample data (2,000 customers, seed
 * 20261123, under {@code assets/sample/}) and, scaled up, for benchmarks. Rows are streamed: memory grows with
 * customers, products and orders by a few dozen bytes each, never with the written text.
 *
 * <p>Usage: {@code new SampleDataGenerator(spec).writeTo(directory, withTruth, progress)}; the planted truth of
 * the same spec is available from {@link #truth()}.
 *
 * <h2>Planted structure</h2>
 * <ul>
 *   <li><b>Customer groups</b> (see {@link CustomerGroup} for all parameters): <i>champions</i> 10% (10 orders a
 *       year, 2.6 lines an order, dearer products; electronics, computers, sports), <i>loyal regulars</i> 24%
 *       (5 a year; groceries, home &amp; kitchen, beauty), <i>bargain hunters</i> 26% (3.5 a year, cheapest
 *       products, more units, 2.5 times the usual chance of a discount; clothing, toys, groceries),
 *       <i>newcomers</i> 18% (signed up and first ordered in the last 240 days; sports, beauty, books) and
 *       <i>lapsing</i> 22% (4.5 a year until order frequency falls linearly to a tenth over 180 days, then
 *       nothing for the last 90–300 days of the window; books, garden). Each group has its own category
 *       preference vector, channel mix, rating bias and feedback rate; each customer has a log-normal activity
 *       factor (σ 0.35) and a personal perturbation (log-normal, σ 0.5) of the group's category vector. Of the
 *       other groups 55% (lapsing 60%) were customers before the window; the rest join during its first 60%
 *       (lapsing 30%). Every customer orders at least once, after signing up.</li>
 *   <li><b>Time</b>: monthly factors Jan 0.85, Feb 0.80, Mar 0.95, Apr 0.95, May 1.00, Jun 0.85, Jul 0.75,
 *       Aug 0.80, Sep 0.95, Oct 1.05, Nov 1.45, Dec 1.60 (a year-end peak and a summer dip); each customer's
 *       order frequency grows by e^0.10 a year, and the customer base grows as customers join. Promotions take
 *       10–30% off a line, most often in November (30% base chance), December (20%) and July (16%).</li>
 *   <li><b>Ratings</b>: 8-dimensional latent factors. A product sits at its category centroid (N(0, 0.6²) per
 *       dimension) plus its product kind's offset (N(0, 0.3²)) plus noise (N(0, 0.3²)); a customer at 1.5 times
 *       the taste-weighted mean of the category centroids plus noise (N(0, 0.4²)). Planted score = 3.45 +
 *       customer bias (group mean + N(0, 0.3²)) + product bias (brand quality N(0, 0.2²) + N(0, 0.25²)) +
 *       0.75 × (p·q − 0.4); stars = round(score + N(0, 0.5²)) clipped to 1..5. Customers rate products they
 *       bought (up to 60% of their ratings) and otherwise products drawn by their category taste times
 *       popularity; the number of ratings per customer follows the group's rating propensity times activity.
 *       </li>
 *   <li><b>Products</b>: ten {@link Category categories} with eight product kinds each, their own price
 *       ranges (log-uniform, shop-style endings), five invented brands, tags and description vocabulary;
 *       popularity is log-normal and higher for better products.</li>
 *   <li><b>Feedback</b>: Chinese from customers with Chinese names (most of Greater China, half of Southeast
 *       Asia; about 40% of texts), English otherwise. The planted {@link Sentiment} is positive when the
 *       customer's rating bias plus N(0, 0.35²) exceeds 0.1, negative below −0.35, else neutral, so champions
 *       write mostly positive and lapsing customers mostly negative texts; the wording matches the sentiment.
 *       </li>
 *   <li><b>Sales reps</b>: at least one per region, spread like the customers; a planted performance
 *       multiplier (log-normal, σ 0.25, clipped to 0.60..1.60) makes a rep win store and phone orders of the
 *       region in proportion to it and multiplies the extra lines and units of those orders. Online orders have
 *       no rep.</li>
 *   <li><b>Data quality</b>: about 3% of genders and 3% of birth years are left empty.</li>
 * </ul>
 * The truth is available from {@link #truth()} and, on request, as {@code truth_customers.csv},
 * {@code truth_feedback.csv} and {@code truth_reps.csv} next to the data.
 */
public final class SampleDataGenerator {
    private final SampleDataSpec spec;

    public SampleDataGenerator(SampleDataSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public SampleDataSpec spec() {
        return spec;
    }

    /**
     * Writes the data set into {@code directory} (created if missing), replacing files of the same names. The
     * files appear only when all are complete; on cancellation ({@link org.crmworkbench.work.CancelledException})
     * or failure nothing is left behind. The files are written by a few threads at once; {@code progress} is
     * only ever called from the calling thread.
     *
     * @param withTruth also write the three {@code truth_*.csv} files
     * @param progress  receives the stages {@code generate.stage.plan}, {@code generate.stage.write} and
     *                  {@code generate.stage.finish} and the number of rows written; polled for cancellation
     * @return the row counts of the written files
     */
    public GenerationSummary writeTo(Path directory, boolean withTruth, Progress progress) throws IOException {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(progress, "progress");
        progress.stage("generate.stage.plan", spec.customers());
        progress.worked(0, -1);
        SampleWorld world = new SampleWorld(spec);
        OrderTimeline timeline = new OrderTimeline(world, new OrderSchedule(world), progress);
        FeedbackPlan feedbackPlan = new FeedbackPlan(world, progress);
        RatingAllocation allocation = new RatingAllocation(world);
        Ids ids = new Ids(spec, timeline.size(), feedbackPlan.size());
        progress.checkCancelled();
        long total = (long) spec.products() + spec.salesReps() + spec.customers() + timeline.size()
                + spec.ratings() + feedbackPlan.size()
                + (withTruth ? (long) spec.customers() + feedbackPlan.size() + spec.salesReps() : 0);
        ConcurrentWriters writers = new ConcurrentWriters(progress, total);
        AtomicLong lines = new AtomicLong();
        try (StagedFiles files = new StagedFiles(directory)) {
            progress.stage("generate.stage.write", spec.customers(), timeline.size(), spec.ratings(),
                    feedbackPlan.size());
            writers.runAll(List.of(
                    rows -> writeMasterData(new MasterDataWriter(world, ids), files, rows),
                    rows -> {
                        try (CsvWriter orders = files.open(SampleFiles.ORDERS, SampleFiles.ORDERS_HEADER);
                             CsvWriter orderLines = files.open(SampleFiles.ORDER_LINES,
                                     SampleFiles.ORDER_LINES_HEADER)) {
                            lines.set(new OrderHistoryWriter(world, ids).write(timeline, orders, orderLines, rows));
                        }
                    },
                    rows -> {
                        try (CsvWriter out = files.open(SampleFiles.RATINGS, SampleFiles.RATINGS_HEADER)) {
                            new RatingWriter(world, ids).write(allocation, out, rows);
                        }
                    },
                    rows -> {
                        try (CsvWriter out = files.open(SampleFiles.FEEDBACK, SampleFiles.FEEDBACK_HEADER)) {
                            new FeedbackWriter(world, ids).write(feedbackPlan, out, rows);
                        }
                        if (withTruth) {
                            writeTruth(new TruthWriter(new PlantedTruth(world, feedbackPlan)), files, rows);
                        }
                    }));
            new ShopKnowledgeBase().writeTo(files);
            progress.stage("generate.stage.finish");
            progress.checkCancelled();
            files.commit();
        }
        writers.reportDone();
        return new GenerationSummary(directory, spec.customers(), spec.products(), spec.salesReps(),
                timeline.size(), lines.get(), spec.ratings(), feedbackPlan.size(), withTruth);
    }

    private static void writeMasterData(MasterDataWriter master, StagedFiles files, RowCounter rows)
            throws IOException {
        try (CsvWriter out = files.open(SampleFiles.PRODUCTS, SampleFiles.PRODUCTS_HEADER)) {
            master.writeProducts(out, rows);
        }
        try (CsvWriter out = files.open(SampleFiles.SALES_REPS, SampleFiles.SALES_REPS_HEADER)) {
            master.writeSalesReps(out, rows);
        }
        try (CsvWriter out = files.open(SampleFiles.CUSTOMERS, SampleFiles.CUSTOMERS_HEADER)) {
            master.writeCustomers(out, rows);
        }
    }

    private static void writeTruth(TruthWriter truth, StagedFiles files, RowCounter rows) throws IOException {
        try (CsvWriter out = files.open(SampleFiles.TRUTH_CUSTOMERS, SampleFiles.TRUTH_CUSTOMERS_HEADER)) {
            truth.writeCustomers(out, rows);
        }
        try (CsvWriter out = files.open(SampleFiles.TRUTH_FEEDBACK, SampleFiles.TRUTH_FEEDBACK_HEADER)) {
            truth.writeFeedback(out, rows);
        }
        try (CsvWriter out = files.open(SampleFiles.TRUTH_REPS, SampleFiles.TRUTH_REPS_HEADER)) {
            truth.writeReps(out, rows);
        }
    }

    /** The planted truth of the data set this generator writes, computed without writing anything. */
    public PlantedTruth truth() {
        SampleWorld world = new SampleWorld(spec);
        return new PlantedTruth(world, new FeedbackPlan(world, Progress.none()));
    }
}
