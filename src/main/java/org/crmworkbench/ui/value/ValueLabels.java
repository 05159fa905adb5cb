package org.crmworkbench.ui.value;

import java.util.Objects;
import org.crmworkbench.analysis.value.LifecycleStage;
import org.crmworkbench.analysis.value.PeriodUnit;
import org.crmworkbench.analysis.value.RfmSegment;
import org.crmworkbench.i18n.Messages;

/**
 * The names the Value view shows for segments, stages, units and the segment rules, in the reader's language; a key
 * the bundle lacks is shown as it is.
 */
final class ValueLabels {
    private final Messages messages;

    ValueLabels(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    String segment(RfmSegment segment) {
        return lookup("value.rfm.segment." + segment.key(), segment.key());
    }

    String stage(LifecycleStage stage) {
        return lookup("value.stage." + stage.key(), stage.key());
    }

    String unit(PeriodUnit unit) {
        return lookup("value.ws.unit." + unit.key(), unit.key());
    }

    /** The rule that puts a customer in {@code segment} with scores 1..{@code bins}, in words. */
    String rule(RfmSegment segment, int bins) {
        return "";
    }

    private String lookup(String key, String fallback) {
        return messages.has(key) ? messages.get(key) : fallback;
    }
}
