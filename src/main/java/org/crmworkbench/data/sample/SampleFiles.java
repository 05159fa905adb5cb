package org.crmworkbench.data.sample;

import java.util.List;

/** Names and header rows of the files the sample data generator writes. */
public final class SampleFiles {
    public static final String CUSTOMERS = "customers.csv";
    public static final String PRODUCTS = "products.csv";
    public static final String SALES_REPS = "sales_reps.csv";
    public static final String ORDERS = "orders.csv";
    public static final String ORDER_LINES = "order_lines.csv";
    public static final String RATINGS = "ratings.csv";
    public static final String FEEDBACK = "feedback.csv";
    public static final String TRUTH_CUSTOMERS = "truth_customers.csv";
    public static final String TRUTH_FEEDBACK = "truth_feedback.csv";
    public static final String TRUTH_REPS = "truth_reps.csv";
    /** The shop's service-assistant knowledge base (English and Chinese), imported like the data files. */
    public static final String KNOWLEDGE_BASE = "knowledge_base.csv";
    /** Held-out questions to evaluate the assistant on; not a table, so an import of the folder leaves it alone. */
    public static final String KNOWLEDGE_TEST = "knowledge_test.csv";

    public static final List<String> CUSTOMERS_HEADER = List.of("customer_id", "name", "gender", "birth_year",
            "region", "city", "channel", "signup_date", "email");
    public static final List<String> PRODUCTS_HEADER = List.of("product_id", "name", "category", "brand", "price",
            "tags", "description");
    public static final List<String> SALES_REPS_HEADER = List.of("rep_id", "name", "region", "hired_on");
    public static final List<String> ORDERS_HEADER = List.of("order_id", "customer_id", "order_date", "channel",
            "rep_id", "total");
    public static final List<String> ORDER_LINES_HEADER = List.of("order_id", "product_id", "quantity",
            "unit_price");
    public static final List<String> RATINGS_HEADER = List.of("customer_id", "product_id", "rating", "rated_at");
    public static final List<String> FEEDBACK_HEADER = List.of("feedback_id", "customer_id", "created_at",
            "channel", "text", "language", "product_id");
    public static final List<String> TRUTH_CUSTOMERS_HEADER = List.of("customer_id", "group");
    public static final List<String> TRUTH_FEEDBACK_HEADER = List.of("feedback_id", "sentiment");
    public static final List<String> TRUTH_REPS_HEADER = List.of("rep_id", "performance");
    public static final List<String> KNOWLEDGE_BASE_HEADER = List.of("question", "intent", "answer", "language");
    public static final List<String> KNOWLEDGE_TEST_HEADER = List.of("question", "intent", "language");

    /** The seven data files, in the order they are written. */
    public static final List<String> DATA_FILES = List.of(PRODUCTS, SALES_REPS, CUSTOMERS, ORDERS, ORDER_LINES,
            RATINGS, FEEDBACK);
    /**
     * The fixed, hand-written files of the shop's service assistant, written with every data set whatever its spec:
     * the knowledge base and its held-out test questions.
     */
    public static final List<String> KNOWLEDGE_FILES = List.of(KNOWLEDGE_BASE, KNOWLEDGE_TEST);
    /** The optional files with the planted truth. */
    public static final List<String> TRUTH_FILES = List.of(TRUTH_CUSTOMERS, TRUTH_FEEDBACK, TRUTH_REPS);

    private SampleFiles() {
    }
}
