package org.crmworkbench.data.sample;

import java.util.List;

/**
 * Sales regions with their share of customers, the share of customers with Chinese names (who write feedback
 * in Chinese), their cities, and the planted territory effect: a factor on the expected extra lines of every order
 * placed there (North American baskets are larger, South-East Asian ones smaller), which a rep does not control, so
 * raw revenue ranks reps partly by where they work.
 */
enum Region {
    NORTH_AMERICA("North America", 0.22, 0.05, 1.6,
            List.of("New York", "Toronto", "Chicago", "San Francisco", "Vancouver", "Boston", "Seattle")),
    EUROPE("Europe", 0.20, 0.04, 1.2,
            List.of("London", "Berlin", "Paris", "Amsterdam", "Madrid", "Dublin", "Vienna")),
    GREATER_CHINA("Greater China", 0.32, 0.97, 0.9,
            List.of("Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu", "Hong Kong", "Taipei")),
    SOUTHEAST_ASIA("Southeast Asia", 0.16, 0.50, 0.6,
            List.of("Singapore", "Kuala Lumpur", "Bangkok", "Jakarta", "Manila", "Ho Chi Minh City")),
    OCEANIA("Oceania", 0.10, 0.08, 0.75,
            List.of("Sydney", "Melbourne", "Auckland", "Brisbane", "Perth"));

    private static final List<Region> ALL = List.of(values());

    private final String displayName;
    private final double customerShare;
    private final double chineseShare;
    private final List<String> cities;
    private final double basketFactor;

    Region(String displayName, double customerShare, double chineseShare, double basketFactor, List<String> cities) {
        this.basketFactor = basketFactor;
        this.displayName = displayName;
        this.customerShare = customerShare;
        this.chineseShare = chineseShare;
        this.cities = cities;
    }

    String displayName() {
        return displayName;
    }

    double customerShare() {
        return customerShare;
    }

    /** Share of people in the region with Chinese names and Chinese as their feedback language. */
    double chineseShare() {
        return chineseShare;
    }

    List<String> cities() {
        return cities;
    }

    /** The planted territory effect: the factor on the expected extra lines of an order placed in the region. */
    double basketFactor() {
        return basketFactor;
    }

    static Region of(int ordinal) {
        return ALL.get(ordinal);
    }

    static int count() {
        return ALL.size();
    }
}
