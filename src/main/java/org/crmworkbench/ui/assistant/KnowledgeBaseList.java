package org.crmworkbench.ui.assistant;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.crmworkbench.model.KnowledgeEntry;

/**
 * The stored knowledge base as the table shows it: every row, the rows whose question, intent or answer contain the
 * filter text (any case), and the counts of examples, intents and languages. FX thread only.
 */
public final class KnowledgeBaseList {
    /** How many examples, in-scope intents and languages the knowledge base has. */
    public record Counts(int examples, int intents, int languages) {
    }

    private final ObservableList<KnowledgeEntry> all = FXCollections.observableArrayList();
    private final FilteredList<KnowledgeEntry> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<String> intents = FXCollections.observableArrayList();

    KnowledgeBaseList() {
        filter.addListener((o, a, b) -> {
            String needle = b == null ? "" : b.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null : e -> contains(e, needle));
        });
    }

    private static boolean contains(KnowledgeEntry e, String needle) {
        return e.question().toLowerCase(Locale.ROOT).contains(needle)
                || e.intent().toLowerCase(Locale.ROOT).contains(needle)
                || (e.answer() != null && e.answer().toLowerCase(Locale.ROOT).contains(needle));
    }

    void setAll(List<KnowledgeEntry> entries) {
        all.setAll(Objects.requireNonNull(entries, "entries"));
        intents.setAll(entries.stream().map(KnowledgeEntry::intent).distinct().sorted().toList());
    }

    /** The intents of the stored rows, by name (what the form offers). */
    public ObservableList<String> intents() {
        return intents;
    }

    /** Every stored row, in id order. */
    public List<KnowledgeEntry> entries() {
        return List.copyOf(all);
    }

    /** The rows the filter lets through (what the table shows). */
    public ObservableList<KnowledgeEntry> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The counts, the intent {@code oosLabel} (out-of-scope examples) not counted as an intent. */
    public Counts counts(String oosLabel) {
        int inScope = (int) intents.stream().filter(i -> !i.equals(oosLabel)).count();
        int languages = (int) all.stream().map(KnowledgeEntry::language).filter(Objects::nonNull).distinct().count();
        return new Counts(all.size(), inScope, languages);
    }
}
