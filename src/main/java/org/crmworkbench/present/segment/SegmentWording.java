package org.crmworkbench.present.segment;

import java.util.List;
import java.util.Objects;
import org.crmworkbench.analysis.segment.Clustering;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.analysis.segment.SegmentTrait;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.FeatureLabels;

/**
 * Puts segments into words for an analyst: a suggested name from the traits that set a segment apart
 * ("Lapsed, light spenders") and one sentence per trait ("Recency is much higher than average: median 212 vs 41").
 */
public final class SegmentWording {
    private final Messages messages;
    private final FeatureLabels labels;

    public SegmentWording(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.labels = new FeatureLabels(messages);
    }

    /** A short name from the segment's two strongest traits; the analyst may change it. */
    public String suggestName(SegmentProfile profile) {
        if (profile.segment() == Clustering.NOISE) {
            return messages.get("segment.name.noise");
        }
        List<SegmentTrait> traits = profile.traits();
        if (traits.isEmpty()) {
            return messages.get("segment.name.average", profile.segment() + 1);
        }
        String first = phrase(traits.get(0));
        if (traits.size() == 1) {
            return first;
        }
        String second = phrase(traits.get(1));
        return second.equals(first) ? first : messages.get("segment.name.join", first, second);
    }

    /** A few words for one trait: a phrase of its own for well-known features, "High x" otherwise. */
    public String phrase(SegmentTrait trait) {
        String direction = trait.higher() ? "high" : "low";
        String key = "segment.trait." + trait.feature() + "." + direction;
        if (messages.has(key)) {
            return messages.get(key);
        }
        return messages.get("segment.trait.generic." + direction, labels.label(trait.feature()));
    }

    /** One sentence saying how the segment differs on this feature. */
    public String sentence(SegmentTrait trait) {
        String strength = messages.get("segment.trait.strength." + trait.strength().name().toLowerCase(
                java.util.Locale.ROOT));
        return messages.get(trait.higher() ? "segment.trait.sentence.higher" : "segment.trait.sentence.lower",
                labels.label(trait.feature()), strength, trait.segmentMedian(), trait.overallMedian());
    }
}
