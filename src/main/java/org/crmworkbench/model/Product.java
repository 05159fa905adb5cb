package org.crmworkbench.model;

/**
 * One product as recommendation code and its faces need it: the database id, the id the shop uses, and the texts
 * content-based recommendation reads. Text fields may be empty but never null; {@code price} is NaN when unknown.
 */
public record Product(long id, String externalId, String name, String category, String brand, double price,
                      String tags, String description) {
    public Product {
        externalId = orEmpty(externalId);
        name = orEmpty(name);
        category = orEmpty(category);
        brand = orEmpty(brand);
        tags = orEmpty(tags);
        description = orEmpty(description);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
