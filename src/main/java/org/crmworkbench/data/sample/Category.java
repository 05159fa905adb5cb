package org.crmworkbench.data.sample;

import java.util.List;

/**
 * The product categories of the sample catalogue, with the share of products in each and how many extra units
 * a typical order line holds (groceries come in multiples, laptops do not).
 */
public enum Category {
    ELECTRONICS("electronics", "Electronics", "电子产品", 0.13, 0.05),
    COMPUTERS("computers", "Computers", "电脑办公", 0.08, 0.05),
    HOME_KITCHEN("home-kitchen", "Home & Kitchen", "家居厨房", 0.14, 0.15),
    CLOTHING("clothing", "Clothing", "服装", 0.16, 0.35),
    BEAUTY("beauty", "Beauty", "美妆个护", 0.10, 0.60),
    SPORTS_OUTDOORS("sports-outdoors", "Sports & Outdoors", "运动户外", 0.10, 0.15),
    BOOKS("books", "Books", "图书", 0.12, 0.25),
    TOYS_GAMES("toys-games", "Toys & Games", "玩具游戏", 0.07, 0.30),
    GROCERIES("groceries", "Groceries", "食品生鲜", 0.06, 1.60),
    GARDEN("garden", "Garden", "园艺", 0.04, 0.30);

    private static final List<Category> ALL = List.of(values());

    private final String tag;
    private final String displayName;
    private final String chineseName;
    private final double productShare;
    private final double extraUnits;

    Category(String tag, String displayName, String chineseName, double productShare, double extraUnits) {
        this.tag = tag;
        this.displayName = displayName;
        this.chineseName = chineseName;
        this.productShare = productShare;
        this.extraUnits = extraUnits;
    }

    /** The lower-case tag every product of the category carries. */
    public String tag() {
        return tag;
    }

    /** The name written to {@code products.csv}. */
    public String displayName() {
        return displayName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Planned share of the catalogue. */
    public double productShare() {
        return productShare;
    }

    /** Mean number of units beyond the first on an order line (Poisson). */
    public double extraUnits() {
        return extraUnits;
    }

    static Category of(int ordinal) {
        return ALL.get(ordinal);
    }
}
