package org.crmworkbench.present.segment;

import java.util.Objects;
import org.crmworkbench.analysis.segment.KChoice;
import org.crmworkbench.analysis.segment.QualityScores;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.i18n.Messages;

/** A segmentation and its k choice in one or two sentences, in the reader's language (the Segments workspace). */
public final class SegmentSummary {
    private final Messages messages;

    public SegmentSummary(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * How many rows fell into how many segments, the quality scores, outliers and filled gaps; and the saved run's
     * number when {@code savedRun} is above 0.
     */
    public String result(SegmentationResult r, long savedRun) {
        QualityScores q = r.quality();
        // both scores compare segments with each other: with fewer than two segments they are not defined (NaN)
        String silhouette = !Double.isFinite(q.silhouette()) ? messages.get("segment.summary.silhouetteUndefined")
                : q.silhouetteExact() ? messages.get("segment.summary.silhouetteExact", q.silhouette())
                : messages.get("segment.summary.silhouetteSampled", q.silhouette(), q.silhouetteSample());
        String daviesBouldin = Double.isFinite(q.daviesBouldin())
                ? messages.get("segment.summary.daviesBouldin", q.daviesBouldin())
                : messages.get("segment.summary.daviesBouldinUndefined");
        String text = messages.get("segment.summary.result", r.clustering().labels().length,
                r.clustering().clusterCount(), r.clustering().noiseCount(), silhouette, daviesBouldin,
                r.outliers().rowCount(), r.features().imputedValues());
        return savedRun > 0 ? text + "  " + messages.get("segment.summary.saved", savedRun) : text;
    }

    /** What the k-choice metrics say: agreement, or the suggestion with the k each dissenting metric favours. */
    public String kVerdict(KChoice choice) {
        if (choice == null) {
            return messages.get("segment.k.hint");
        }
        if (choice.metricsAgree()) {
            return messages.get("segment.k.agree", choice.suggestedK());
        }
        String others = String.join(", ", choice.disagreeing().stream()
                .map(m -> messages.get(m.messageKey()) + " → " + choice.favouredBy(m).orElse(0)).toList());
        return messages.get("segment.k.disagree", choice.suggestedK(), others);
    }
}
