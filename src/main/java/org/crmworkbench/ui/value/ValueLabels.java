package org.crmworkbench.ui.value;

import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.analysis.value.LifecycleStage;
import org.crmworkbench.analysis.value.PeriodUnit;
import org.crmworkbench.analysis.value.RfmRule;
import org.crmworkbench.analysis.value.RfmScoring;
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

    /**
     * The rule that puts a customer in {@code segment} with scores 1..{@code bins}, in words: its place in the order
     * the rules are tried, the R scores and the FM = (F + M) / 2 range it takes, "everyone else" for the last.
     */
    String rule(RfmSegment segment, int bins) {
        List<RfmRule> rules = RfmScoring.rules(bins);
        for (int i = 0; i < rules.size(); i++) {
            RfmRule rule = rules.get(i);
            if (rule.segment() != segment) {
                continue;
            }
            if (i == rules.size() - 1) {
                return messages.get("value.ws.rule.rest", i + 1);
            }
            boolean anyFm = rule.fmMin() <= 1 && rule.fmMax() >= bins;
            return messages.get(anyFm ? "value.ws.rule.anyFm" : "value.ws.rule", i + 1,
                    range(rule.rMin(), rule.rMax()), range(rule.fmMin(), rule.fmMax()));
        }
        return "";
    }

    private String range(double low, double high) {
        NumberFormat format = ValueRows.numberFormat(messages.locale(), 2);
        if (low > high) {
            return "\u2205";
        }
        return low == high ? format.format(low) : format.format(low) + "\u2013" + format.format(high);
    }

    private String lookup(String key, String fallback) {
        return messages.has(key) ? messages.get(key) : fallback;
    }
}
