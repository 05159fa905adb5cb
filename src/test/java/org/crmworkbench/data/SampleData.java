package org.crmworkbench.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;

/** Small, hand-written CRM files for tests and demos, and fast generated bulk data for the big-table cases. */
public final class SampleData {
    public static final String CUSTOMERS = """
            customer_id,name,gender,birth_year,region,city,channel,signup_date,email
            C001,Ada Lovelace,F,1985,North,Leeds,online,2023-01-05,ada@example.com
            C002,"Wang, Fang",女,1990,East,Shanghai,store,2023-02-17,fang@example.com
            C003,Bob,,,,,,,
            C004,王小明,男,1978,East,杭州,online,2023-03-01,xiaoming@example.com
            C005,Zoë 100% Real,F,1990,South,Bristol,partner,2023-03-09,zoe_real@example.com
            """;
    public static final String PRODUCTS = """
            product_id,name,category,brand,price,tags,description
            P01,Kettle,Home,Brewster,39.90,kitchen;steel,"A kettle, quick"
            P02,Green tea,Grocery,Leaf,12.50,tea,Loose leaf
            P03,Teapot,Home,Brewster,24.00,kitchen;tea,
            """;
    public static final String SALES_REPS = """
            rep_id,name,region,hired_on
            R1,Grace Hopper,North,2020-05-01
            """;
    public static final String ORDERS = """
            order_id,customer_id,order_date,channel,rep_id,total
            O1,C001,2024-01-02,online,R1,52.40
            O2,C002,2024-01-03,store,,24.00
            """;
    public static final String ORDER_LINES = """
            order_id,product_id,quantity,unit_price
            O1,P01,1,39.90
            O1,P02,1,12.50
            O2,P03,1,24.00
            """;
    public static final String RATINGS = """
            customer_id,product_id,rating,rated_at
            C002,P01,4,2024-01-10 09:00
            C001,P01,5,2024-01-09 18:30
            C001,P02,3,
            C004,P03,5,2024-02-01 12:00
            C003,P02,1,2024-01-20 08:15
            """;
    public static final String FEEDBACK = """
            feedback_id,customer_id,created_at,channel,text,language
            F1,C001,2024-01-11 10:00,email,The kettle boils fast,en
            F2,C004,2024-02-02 12:30,app,茶壶很好看,zh
            """;

    private SampleData() {
    }

    /** Writes the sample files ({@code customers.csv}, ...) into {@code dir}. */
    public static Path writeFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("customers.csv"), CUSTOMERS);
        Files.writeString(dir.resolve("products.csv"), PRODUCTS);
        Files.writeString(dir.resolve("sales_reps.csv"), SALES_REPS);
        Files.writeString(dir.resolve("orders.csv"), ORDERS);
        Files.writeString(dir.resolve("order_lines.csv"), ORDER_LINES);
        Files.writeString(dir.resolve("ratings.csv"), RATINGS);
        Files.writeString(dir.resolve("feedback.csv"), FEEDBACK);
        return dir;
    }

    /** Imports every sample file into {@code db} through the real importer. */
    public static void load(Database db, Path dir) throws Exception {
        new Importer(db, Messages.english()).importDirectory(writeFiles(dir), ImportOptions.defaults(), Progress.none());
    }

    /**
     * Fills an empty database with {@code customers} customers, {@code products} products and {@code ratings}
     * ratings by SQL (seconds for a million rows; the importer is not what such tests measure). Customer ids
     * run C000001.., product ids P00001..; rating {@code i} (from 0) is customer {@code i % customers} and
     * product {@code (i / customers + 7 * (i % customers)) % products}, so no pair repeats.
     */
    public static void generate(Database db, int customers, int products, int ratings) throws SQLException {
        boolean pg = db.engine() == Database.Engine.POSTGRESQL;
        java.util.function.IntFunction<String> range = n -> pg ? "generate_series(CAST(1 AS BIGINT), " + n + ") AS g(x)"
                : "SYSTEM_RANGE(1, " + n + ")";
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO customers (id, external_id, name, gender, birth_year, region, city, channel, "
                    + "signup_date, email) SELECT x, 'C' || LPAD(CAST(x AS VARCHAR(12)), 6, '0'), 'Customer ' || x, "
                    + "CASE MOD(x, 3) WHEN 0 THEN 'F' WHEN 1 THEN 'M' ELSE NULL END, 1950 + MOD(x * 7, 55), "
                    + "'Region ' || MOD(x, 7), 'City ' || MOD(x, 40), CASE MOD(x, 2) WHEN 0 THEN 'online' ELSE 'store' END, "
                    + "DATE '2020-01-01' + CAST(MOD(x, 1400) AS INTEGER), 'c' || x || '@example.com' FROM "
                    + range.apply(customers));
            s.execute("INSERT INTO products (id, external_id, name, category, brand, price) SELECT x, "
                    + "'P' || LPAD(CAST(x AS VARCHAR(12)), 5, '0'), 'Product ' || x, 'Category ' || MOD(x, 13), "
                    + "'Brand ' || MOD(x, 29), CAST(MOD(x * 37, 50000) AS DECIMAL(12,2)) / 100 FROM "
                    + range.apply(products));
            s.execute("INSERT INTO ratings (customer_id, product_id, rating, rated_at) SELECT MOD(x - 1, " + customers
                    + ") + 1, MOD((x - 1) / " + customers + " + MOD(x - 1, " + customers + ") * 7, " + products + ") + 1, MOD(x * 7919, 5) + 1, "
                    + "TIMESTAMP '2023-01-01 00:00:00' + MOD(x * 104729, 900000) * INTERVAL '1' MINUTE "
                    + "FROM " + range.apply(ratings));
        }
    }

    /**
     * Writes a ratings CSV of {@code rows} rows over customers C000001.. and products P00001.. as {@link #generate}
     * makes them (without ratings), each (customer, product) pair once.
     */
    public static Path writeRatingsFile(Path file, int rows, int customers, int products) throws IOException {
        if ((long) customers * products < rows) {
            throw new IllegalArgumentException("not enough distinct pairs for " + rows + " ratings");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("customer_id,product_id,rating,rated_at\n");
            for (int i = 0; i < rows; i++) {
                int customer = 1 + i % customers;
                int product = 1 + (i / customers + (i % customers) * 7) % products;
                out.write(String.format("C%06d,P%05d,%d,2024-%02d-%02d %02d:%02d%n", customer, product, 1 + (i * 7919L) % 5,
                        1 + i % 12, 1 + i % 28, i % 24, i % 60));
            }
        }
        return file;
    }
}
