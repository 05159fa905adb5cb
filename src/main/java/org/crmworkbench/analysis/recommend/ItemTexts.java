package org.crmworkbench.analysis.recommend;

import java.util.Collections;
import java.util.List;

/**
 * The texts content-based recommendation reads, one entry per product index of the rating matrix: category, tags
 * (separated by ';' or ',') and description. Entries are never null; a product without text has empty strings.
 */
public record ItemTexts(List<String> categories, List<String> tags, List<String> descriptions) {
    public ItemTexts {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        descriptions = List.copyOf(descriptions);
        if (categories.size() != tags.size() || tags.size() != descriptions.size()) {
            throw new IllegalArgumentException("text lists differ in length");
        }
    }

    /** No texts for {@code items} products. */
    public static ItemTexts none(int items) {
        List<String> empty = Collections.nCopies(items, "");
        return new ItemTexts(empty, empty, empty);
    }

    public int size() {
        return categories.size();
    }

    public boolean isEmpty() {
        for (int i = 0; i < size(); i++) {
            if (!categories.get(i).isBlank() || !tags.get(i).isBlank() || !descriptions.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
