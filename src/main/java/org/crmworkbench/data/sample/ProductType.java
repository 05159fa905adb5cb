package org.crmworkbench.data.sample;

import java.util.List;

/**
 * A kind of product within a category, e.g. "air fryer": its English and Chinese noun, its price range and the
 * tags every product of the kind carries.
 */
record ProductType(String noun, String chineseNoun, double minPrice, double maxPrice, List<String> tags) {

    static ProductType of(String noun, String chineseNoun, double minPrice, double maxPrice, String tags) {
        return new ProductType(noun, chineseNoun, minPrice, maxPrice, List.of(tags.split(";")));
    }
}
