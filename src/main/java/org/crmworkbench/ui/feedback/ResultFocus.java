package org.crmworkbench.ui.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.text.FeedbackDimension;
import org.crmworkbench.analysis.text.FeedbackResult;
import org.crmworkbench.analysis.text.Language;
import org.crmworkbench.analysis.text.SentimentLabel;

/**
 * The shown result as the view's tables take it, and what the reader looks at within it: the counts by language,
 * the breakdown's dimension and its groups, the keyword group (a language, and a label or all labels) and its
 * keywords, topics, aspects, what changed, the texts, the read-first list and the text chosen in a table. The
 * dimension and keyword group are kept across results while the result still has them. FX thread only.
 */
public final class ResultFocus {
    /** A keyword group: the keywords of one language (its code), for one label's code or (null) all texts. */
    public record KeywordGroup(String language, String label) {
        public KeywordGroup {
            Objects.requireNonNull(language, "language");
        }
    }

    private final ObservableList<FeedbackRows.CountsRow> counts = FXCollections.observableArrayList();
    private final ObservableList<String> dimensions = FXCollections.observableArrayList();
    private final ObjectProperty<String> dimension = new SimpleObjectProperty<>(this, "dimension");
    private final ObservableList<FeedbackRows.CountsRow> groups = FXCollections.observableArrayList();
    private final ObservableList<KeywordGroup> keywordGroups = FXCollections.observableArrayList();
    private final ObjectProperty<KeywordGroup> keywordGroup = new SimpleObjectProperty<>(this, "keywordGroup");
    private final ObservableList<FeedbackRows.KeywordRow> keywords = FXCollections.observableArrayList();
    private final ObservableList<FeedbackRows.TopicRow> topics = FXCollections.observableArrayList();
    private final ObservableList<FeedbackRows.AspectRow> aspects = FXCollections.observableArrayList();
    private final ObservableList<FeedbackRows.ChangeRow> changes = FXCollections.observableArrayList();
    private final ObservableList<FeedbackRows.TextRow> texts = FXCollections.observableArrayList();
    private final ObservableList<FeedbackRows.PriorityRow> priority = FXCollections.observableArrayList();
    private final ObjectProperty<FeedbackRows.TextRow> chosen = new SimpleObjectProperty<>(this, "chosen");
    private FeedbackResult result;
    private FeedbackWords words;

    ResultFocus() {
        dimension.addListener(o -> showGroups());
        keywordGroup.addListener(o -> showKeywords());
    }

    /** Shows {@code shown} (null = none); {@code allTexts} names the line of all languages in the counts. */
    void show(FeedbackResult shown, String allTexts, FeedbackWords words) {
        result = shown;
        this.words = words;
        List<FeedbackRows.CountsRow> lines = new ArrayList<>();
        if (shown != null) {
            lines.add(new FeedbackRows.CountsRow(allTexts, shown.overall()));
            for (Language l : Language.values()) {
                if (shown.byLanguage().containsKey(l)) {
                    lines.add(new FeedbackRows.CountsRow(words.language(l), shown.byLanguage().get(l)));
                }
            }
        }
        counts.setAll(lines);
        showDimensions(shown);
        showKeywordGroups(shown);
        topics.setAll(shown == null ? List.of() : shown.topics().stream().map(FeedbackRows.TopicRow::new).toList());
        aspects.setAll(shown == null ? List.of()
                : shown.aspects().stream().map(FeedbackRows.AspectRow::new).toList());
        changes.setAll(shown == null ? List.of()
                : shown.changes().stream().map(FeedbackRows.ChangeRow::new).toList());
        List<FeedbackRows.TextRow> rows = shown == null ? List.of()
                : shown.texts().stream().map(FeedbackRows.TextRow::new).toList();
        texts.setAll(rows);
        priority.setAll(shown == null ? List.of() : shown.priority().stream()
                .map(p -> new FeedbackRows.PriorityRow(p, new FeedbackRows.TextRow(p.feedback()))).toList());
        FeedbackRows.TextRow was = chosen.get();
        chosen.set(was != null && rows.contains(was) ? was : null);
    }

    private void showDimensions(FeedbackResult shown) {
        String was = dimension.get();
        List<String> present = new ArrayList<>();
        if (shown != null) {
            for (FeedbackDimension d : FeedbackDimension.values()) {
                if (!shown.breakdowns().getOrDefault(d, List.of()).isEmpty()) {
                    present.add(d.code());
                }
            }
        }
        dimensions.setAll(present);
        String channel = FeedbackDimension.CHANNEL.code();
        dimension.set(present.contains(was) ? was : present.contains(channel) ? channel
                : present.isEmpty() ? null : present.get(0));
        showGroups();
    }

    private void showKeywordGroups(FeedbackResult shown) {
        KeywordGroup was = keywordGroup.get();
        List<KeywordGroup> offered = new ArrayList<>();
        if (shown != null) {
            List<SentimentLabel> labels = new ArrayList<>();
            labels.add(null);
            labels.addAll(List.of(SentimentLabel.values()));
            for (Language l : Language.values()) {
                for (SentimentLabel label : labels) {
                    if (shown.keywords().stream().anyMatch(k -> k.language() == l && k.label() == label)) {
                        offered.add(new KeywordGroup(l.code(), label == null ? null : label.code()));
                    }
                }
            }
        }
        keywordGroups.setAll(offered);
        keywordGroup.set(offered.contains(was) ? was : offered.isEmpty() ? null : offered.get(0));
        showKeywords();
    }

    private void showGroups() {
        String code = dimension.get();
        FeedbackDimension d = null;
        for (FeedbackDimension each : FeedbackDimension.values()) {
            if (each.code().equals(code)) {
                d = each;
            }
        }
        groups.setAll(result == null || d == null ? List.of() : result.breakdowns().getOrDefault(d, List.of())
                .stream().map(g -> new FeedbackRows.CountsRow(words.value(code, g.name()), g.counts())).toList());
    }

    private void showKeywords() {
        KeywordGroup g = keywordGroup.get();
        keywords.setAll(result == null || g == null ? List.of() : result.keywords().stream()
                .filter(k -> k.language().code().equals(g.language())
                        && (k.label() == null ? g.label() == null : k.label().code().equals(g.label())))
                .map(FeedbackRows.KeywordRow::new).toList());
    }

    /** All texts, then each language's. */
    ObservableList<FeedbackRows.CountsRow> counts() {
        return counts;
    }

    /** The codes of the dimensions the result breaks sentiment down by, in a fixed order. */
    public ObservableList<String> dimensions() {
        return dimensions;
    }

    /** The chosen dimension's code. */
    public ObjectProperty<String> dimensionProperty() {
        return dimension;
    }

    /** The chosen dimension's groups, most texts first. */
    ObservableList<FeedbackRows.CountsRow> groups() {
        return groups;
    }

    public ObservableList<KeywordGroup> keywordGroups() {
        return keywordGroups;
    }

    public ObjectProperty<KeywordGroup> keywordGroupProperty() {
        return keywordGroup;
    }

    /** The chosen group's keywords, strongest first. */
    ObservableList<FeedbackRows.KeywordRow> keywords() {
        return keywords;
    }

    ObservableList<FeedbackRows.TopicRow> topics() {
        return topics;
    }

    ObservableList<FeedbackRows.AspectRow> aspects() {
        return aspects;
    }

    ObservableList<FeedbackRows.ChangeRow> changes() {
        return changes;
    }

    /** The texts the filters keep, in the order read. */
    ObservableList<FeedbackRows.TextRow> texts() {
        return texts;
    }

    ObservableList<FeedbackRows.PriorityRow> priority() {
        return priority;
    }

    /** The text chosen in the texts or read-first table, shown whole with its aspects. */
    ObjectProperty<FeedbackRows.TextRow> chosenProperty() {
        return chosen;
    }
}
