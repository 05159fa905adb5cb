package org.crmworkbench.present.value;

import java.util.Objects;
import org.crmworkbench.analysis.value.LifecycleStage;
import org.crmworkbench.analysis.value.PeriodUnit;
import org.crmworkbench.analysis.value.PurchaseModelKind;
import org.crmworkbench.analysis.value.RfmSegment;
import org.crmworkbench.i18n.Messages;

/**
 * The value analysis' words in the reader's language: RFM segment and lifecycle stage names, the period unit, the
 * models' names. Keys that are not known (a run saved by a later version) are shown as they are.
 */
public final class ValueWords {
    private final Messages messages;

    public ValueWords(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public Messages messages() {
        return messages;
    }

    /** A segment's name, e.g. "Champions". */
    public String segment(RfmSegment segment) {
        return segment(segment.key());
    }

    /** A segment's name from its key ({@code champions}, ...). */
    public String segment(String key) {
        return lookup("value.rfm.segment." + key, key);
    }

    /** The rule that puts a customer in a segment, in words. */
    public String segmentRule(String key) {
        return lookup("value.rfm.rule." + key, "");
    }

    /** A lifecycle stage's name, e.g. "At risk". */
    public String stage(LifecycleStage stage) {
        return stage(stage.key());
    }

    /** A stage's name from its key ({@code at_risk}, ...). */
    public String stage(String key) {
        return lookup("value.stage." + key, key);
    }

    /** The unit's name in the plural, for axis labels: "weeks". */
    public String unit(PeriodUnit unit) {
        return unit(unit.key());
    }

    /** The unit's name from its key ({@code day}, {@code week}, {@code month}). */
    public String unit(String key) {
        return lookup("value.unit." + key, key);
    }

    /** The model's name as the literature writes it, from its key ({@code bgnbd}, {@code pnbd}). */
    public static String model(String key) {
        for (PurchaseModelKind kind : PurchaseModelKind.values()) {
            if (kind.key().equals(key)) {
                return kind.label();
            }
        }
        return key;
    }

    private String lookup(String key, String fallback) {
        return messages.has(key) ? messages.get(key) : fallback;
    }
}
