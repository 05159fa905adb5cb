package org.crmworkbench.data.sample;

import java.util.List;

/**
 * Sales regions with their share of customers, the share of customers with Chinese names (who write feedback
 * in Chinese) and their cities, biggest first.
 */
enum Region {
    NORTH_AMERICA("North America", 0.22, 0.05,
            List.of("New York", "Toronto", "Chicago", "San Francisco", "Vancouver", "Boston", "Seattle")),
    EUROPE("Europe", 0.20, 0.04,
            List.of("London", "Berlin", "Paris", "Amsterdam", "Madrid", "Dublin", "Vienna")),
    GREATER_CHINA("Greater China", 0.32, 0.97,
            List.of("Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu", "Hong Kong", "Taipei")),
    SOUTHEAST_ASIA("Southeast Asia", 0.16, 0.50,
            List.of("Singapore", "Kuala Lumpur", "Bangkok", "Jakarta", "Manila", "Ho Chi Minh City")),
    OCEANIA("Oceania", 0.10, 0.08,
            List.of("Sydney", "Melbourne", "Auckland", "Brisbane", "Perth"));

    private static final List<Region> ALL = List.of(values());

    private final String displayName;
    private final double customerShare;
    private final double chineseShare;
    private final List<String> cities;

    Region(String displayName, double customerShare, double chineseShare, List<String> cities) {
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

    static Region of(int ordinal) {
        return ALL.get(ordinal);
    }

    static int count() {
        return ALL.size();
    }
}
