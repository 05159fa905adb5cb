package org.crmworkbench.present;

import java.util.Locale;
import java.util.Objects;
import org.crmworkbench.i18n.Messages;

/**
 * Readable names for feature keys: {@code recency_days} becomes "Days since last order". Known keys are looked up
 * as {@code feature.<key>}; {@code share_<category>} becomes "Share of spend: <category>" with the category from
 * {@code feature.category.<category>} when the bundle has it; any other key (a column of a user's CSV) is shown as
 * it is.
 */
public final class FeatureLabels {
    private static final String SHARE = "share_";

    private final Messages messages;

    public FeatureLabels(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The label for feature {@code key}. */
    public String label(String key) {
        int equals = key.indexOf('=');
        if (equals > 0) { // a one-hot column: region=North America
            return label(key.substring(0, equals)) + ": " + key.substring(equals + 1);
        }
        String normal = key.toLowerCase(Locale.ROOT);
        if (messages.has("feature." + normal)) {
            return messages.get("feature." + normal);
        }
        if (normal.startsWith(SHARE) && normal.length() > SHARE.length()) {
            String category = normal.substring(SHARE.length());
            String bundleKey = "feature.category." + category.replace('-', '_');
            String name = messages.has(bundleKey) ? messages.get(bundleKey) : key.substring(SHARE.length());
            return messages.get("feature.share", name);
        }
        return key;
    }
}
