package org.crmworkbench.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The orders of a sales team, as read from the database (orders with a rep) or a file, with the reps' names and
 * regions and the names of the factors each order carries.
 *
 * @param source      where they came from
 * @param factorNames the factors every order carries a level of ({@code region}, {@code channel}, ...)
 * @param orders      the orders, oldest first
 * @param repNames    rep id to name (ids without a name read as the id)
 * @param repRegions  rep id to region ("" when unknown)
 */
public record RepOrders(String source, List<String> factorNames, List<RepOrder> orders, Map<String, String> repNames,
                        Map<String, String> repRegions) {
    public RepOrders {
        Objects.requireNonNull(source, "source");
        factorNames = List.copyOf(factorNames);
        orders = List.copyOf(orders);
        repNames = Map.copyOf(repNames);
        repRegions = Map.copyOf(repRegions);
    }

    /** A rep's name, or their id when they have none. */
    public String name(String repId) {
        String n = repNames.get(repId);
        return n == null || n.isBlank() ? repId : n;
    }
}
