package org.crmworkbench.data.sample;

import java.util.List;

/** Where an order was placed or a customer got in touch. */
enum Channel {
    ONLINE("online"),
    STORE("store"),
    PHONE("phone");

    private static final List<Channel> ALL = List.of(values());

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    /** The value written to the CSV files. */
    String code() {
        return code;
    }

    static Channel of(int ordinal) {
        return ALL.get(ordinal);
    }
}
