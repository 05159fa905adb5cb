package org.crmworkbench.ui.forecast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.crmworkbench.data.Database;

/**
 * Orders with a planted monthly pattern: a customer in North and one in South each order on the first and the last
 * day of every month from {@link #FIRST} for {@code months} months, so every month is whole. A North order's total
 * is {@code 100 * (1 + 0.3 sin(2 pi month / 12)) + month}; a South order costs a fixed 25.
 */
public final class PlantedOrders {
    public static final LocalDate FIRST = LocalDate.of(2022, 1, 1);

    private PlantedOrders() {
    }

    public static Database create(int months) throws SQLException {
        Database db = Database.inMemory();
        try (Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO customers (id, external_id, name, region) VALUES "
                        + "(1, 'C1', 'Nora North', 'North'), (2, 'C2', 'Sam South', 'South')");
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO orders (id, external_id, customer_id, order_date, total) VALUES (?, ?, ?, ?, ?)")) {
                long id = 1;
                for (int m = 0; m < months; m++) {
                    LocalDate start = FIRST.plusMonths(m);
                    double north = Math.round(100 * (1 + 0.3 * Math.sin(2 * Math.PI * m / 12)) + m);
                    for (LocalDate day : new LocalDate[] {start, start.plusMonths(1).minusDays(1)}) {
                        id = add(s, id, 1, day, north);
                        id = add(s, id, 2, day, 25);
                    }
                }
                s.executeBatch();
            }
        }
        return db;
    }

    private static long add(PreparedStatement s, long id, long customer, LocalDate day, double total)
            throws SQLException {
        s.setLong(1, id);
        s.setString(2, "O" + id);
        s.setLong(3, customer);
        s.setObject(4, day);
        s.setDouble(5, total);
        s.addBatch();
        return id + 1;
    }
}
