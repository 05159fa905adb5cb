package org.crmworkbench.analysis.basket;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * arules' Groceries (Hahsler, Hornik and Reutterer 2006; 9,835 baskets of 169 items, one basket a line, comma
 * separated) from the test resources {@code basket/groceries.csv}.
 */
public final class Groceries {
    private Groceries() {
    }

    public static Transactions load() {
        List<String> ids = new ArrayList<>();
        List<List<String>> baskets = new ArrayList<>();
        try (InputStream in = Groceries.class.getResourceAsStream("/basket/groceries.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                ids.add(Integer.toString(ids.size() + 1));
                baskets.add(Arrays.asList(line.split(",", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Transactions.of(ids, null, baskets);
    }
}
