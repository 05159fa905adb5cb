package org.crmworkbench.ui.segments;

import java.util.Objects;
import javafx.util.StringConverter;
import org.crmworkbench.analysis.segment.KChoice;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.FeatureLabels;
import org.crmworkbench.present.segment.SegmentChartSet;
import org.crmworkbench.present.segment.SegmentSummary;
import org.jfree.chart.JFreeChart;

/**
 * What the Segments view shows of its view model's state, in the view's language: the charts (built by
 * {@link SegmentChartSet}), the summary line and the k verdict (composed by {@link SegmentSummary}), and the names of
 * features, scalings and methods; and the question where a chart goes. The controller only puts them in place.
 */
final class SegmentDisplay {
    private final SegmentsViewModel model;
    private final Messages messages;
    private final FeatureLabels labels;
    private final SegmentChartSet charts;
    private final SegmentSummary summary;

    SegmentDisplay(SegmentsViewModel model, Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.labels = new FeatureLabels(messages);
        this.charts = new SegmentChartSet(messages);
        this.summary = new SegmentSummary(messages);
    }

    /** A feature's name in the list of features, with a mark on categories. */
    StringConverter<FeatureChoice> featureNames() {
        return converter(c -> labels.label(c.name())
                + (c.isCategory() ? " " + messages.get("segment.settings.category") : ""));
    }

    /** Scaling keys by their names. */
    StringConverter<String> scalingNames() {
        return converter(key -> messages.get("segment.scaling." + key));
    }

    /** Method keys by their names. */
    StringConverter<String> algorithmNames() {
        return converter(key -> messages.get("segment.algorithm." + key));
    }

    /** The segments on the plane of the first two principal components, or null before a result. */
    JFreeChart scatter() {
        SegmentationResult r = model.resultProperty().get();
        return r == null ? null : charts.scatter(r, model.segmentNames());
    }

    /** The segments' profiles as bars or as a radar, or null before a result. */
    JFreeChart profiles(boolean radar) {
        SegmentationResult r = model.resultProperty().get();
        if (r == null) {
            return null;
        }
        return radar ? charts.radar(r, model.segmentNames()) : charts.profiles(r, model.segmentNames());
    }

    /** The k-choice metrics of the last sweep, or null. */
    JFreeChart kChoice() {
        KChoice choice = model.kSelection().kChoiceProperty().get();
        return choice == null ? null : charts.kChoice(choice);
    }

    /** What the k-choice metrics say, or a hint before a sweep. */
    String kVerdict() {
        return summary.kVerdict(model.kSelection().kChoiceProperty().get());
    }

    /** The k-distance curve, or null. */
    JFreeChart kDistance() {
        KDistanceCurve curve = model.kSelection().kDistanceProperty().get();
        return curve == null ? null : charts.kDistance(curve);
    }

    /** Where the workspace stands, or what the shown result is. */
    String summary() {
        return switch (model.phaseProperty().get()) {
            case WAITING_FOR_DATA -> messages.get("segment.summary.waiting");
            case LOADING -> messages.get("segment.summary.loading");
            case FAILED -> messages.get("segment.summary.failed");
            case READY -> model.resultProperty().get() == null ? messages.get("segment.summary.running")
                    : summary.result(model.resultProperty().get(), model.savedRunProperty().get());
        };
    }


    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
