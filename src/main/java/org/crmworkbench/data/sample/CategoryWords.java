package org.crmworkbench.data.sample;

import java.util.List;

/** The words a category's product names, tags and descriptions are made of. */
record CategoryWords(List<ProductType> types, List<String> brands, List<String> adjectives,
                     List<String> features, List<String> benefits, List<String> extraTags) {
}
