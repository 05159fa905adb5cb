package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;

/**
 * What a report needs beside a saved run: the names of the customers and products the run mentions, and the span of
 * the orders the data set holds.
 */
public final class RunReferences {
    private static final int CHUNK = 500;

    private final Database database;

    public RunReferences(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The first and last order date, or empty when there are no orders. */
    public Optional<OrderSpan> orderSpan() {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT MIN(order_date), MAX(order_date) FROM orders"); ResultSet rs = s.executeQuery()) {
            rs.next();
            Date first = rs.getDate(1);
            Date last = rs.getDate(2);
            return first == null ? Optional.empty()
                    : Optional.of(new OrderSpan(first.toLocalDate(), last.toLocalDate()));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the order dates of " + database.description(), e);
        }
    }

    /** External id and name of each customer asked for that exists (name may be null). */
    public Map<Long, Named> customers(Collection<Long> ids) {
        return names("customers", ids);
    }

    /** External id and name of each product asked for that exists. */
    public Map<Long, Named> products(Collection<Long> ids) {
        return names("products", ids);
    }

    private Map<Long, Named> names(String table, Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        Map<Long, Named> found = new HashMap<>();
        try (Connection c = database.connect()) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<Long> part = all.subList(from, Math.min(all.size(), from + CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement s = c.prepareStatement("SELECT id, external_id, name FROM " + table
                        + " WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        s.setLong(i + 1, part.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getLong(1), new Named(rs.getString(2), rs.getString(3)));
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new DatabaseException("Could not read names from " + table, e);
        }
    }

    /** The first and last day with an order. */
    public record OrderSpan(LocalDate first, LocalDate last) {
    }

    /** A customer's or product's external id and name. */
    public record Named(String externalId, String name) {
    }
}
