package org.crmworkbench.ui.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.text.FeedbackFilter;
import org.crmworkbench.analysis.text.Language;
import org.crmworkbench.analysis.text.ScoredFeedback;

/**
 * The Feedback view's filters by language, channel, product and period, with the choices the scored texts offer
 * ("" = all). Changing one re-summarises the scored texts without scoring them again. FX thread only.
 */
public final class FeedbackFilters {
    static final String ALL = "";

    private final ObservableList<String> languages = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> channels = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> products = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language", ALL);
    private final ObjectProperty<String> channel = new SimpleObjectProperty<>(this, "channel", ALL);
    private final ObjectProperty<String> product = new SimpleObjectProperty<>(this, "product", ALL);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private boolean offering;

    FeedbackFilters() {
    }

    /**
     * Offers the languages (by code), channels and products of {@code scored}; a choice the texts no longer offer
     * falls back to all. Returns whether a choice changed.
     */
    boolean offer(List<ScoredFeedback> scored) {
        offering = true;
        try {
            Set<String> langs = new TreeSet<>();
            for (ScoredFeedback s : scored) {
                langs.add(s.language().code());
            }
            List<String> languageCodes = new ArrayList<>();
            for (Language l : Language.values()) {
                if (langs.contains(l.code())) {
                    languageCodes.add(l.code());
                }
            }
            boolean changed = offer(languages, language, languageCodes);
            changed |= offer(channels, channel, distinct(scored, s -> s.text().channel()));
            changed |= offer(products, product, distinct(scored, s -> s.text().product()));
            return changed;
        } finally {
            offering = false;
        }
    }

    private static boolean offer(ObservableList<String> choices, ObjectProperty<String> chosen, List<String> values) {
        List<String> all = new ArrayList<>();
        all.add(ALL);
        all.addAll(values);
        String was = chosen.get();
        choices.setAll(all);
        if (was == null || !all.contains(was)) {
            chosen.set(ALL);
            return !ALL.equals(was);
        }
        chosen.set(was);
        return false;
    }

    private static List<String> distinct(List<ScoredFeedback> scored, Function<ScoredFeedback, String> value) {
        Set<String> values = new TreeSet<>();
        for (ScoredFeedback s : scored) {
            String v = value.apply(s);
            if (v != null && !v.isBlank()) {
                values.add(v);
            }
        }
        return List.copyOf(values);
    }

    /** Whether the choices are being replaced (then no re-summary is asked for). */
    boolean offering() {
        return offering;
    }

    /** The filter as chosen; days in the wrong order are swapped. */
    public FeedbackFilter filter() {
        String code = language.get();
        Language lang = code == null || code.isEmpty() ? null : Language.ofCode(code);
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && last.isBefore(first)) {
            LocalDate swap = first;
            first = last;
            last = swap;
        }
        return new FeedbackFilter(lang == null ? Set.of() : Set.of(lang), blankToNull(channel.get()),
                blankToNull(product.get()), first, last);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Every value whose change re-summarises. */
    List<Observable> all() {
        return List.of(language, channel, product, from, to);
    }

    /** Back to all texts. */
    public void clear() {
        language.set(ALL);
        channel.set(ALL);
        product.set(ALL);
        from.set(null);
        to.set(null);
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public ObservableList<String> products() {
        return products;
    }

    /** The language code kept, "" = all. */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public ObjectProperty<String> channelProperty() {
        return channel;
    }

    public ObjectProperty<String> productProperty() {
        return product;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }
}
