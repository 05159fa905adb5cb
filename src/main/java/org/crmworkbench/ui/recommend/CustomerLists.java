package org.crmworkbench.ui.recommend;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.recommend.ColdStart;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.recommend.Recommendation;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.TrainedRecommender;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.Customer;
import org.crmworkbench.model.Product;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.present.recommend.RecommendationWording;
import org.crmworkbench.ui.common.Notice;

/**
 * The Customer tab's state: customers found by id or name, and for the chosen one their history (ratings and
 * purchases) and top-N recommendations with explanations in words. A customer's lists come from the fitted model
 * in about a millisecond, so they are made on the FX thread. FX thread only.
 */
public final class CustomerLists {
    static final int SEARCH_LIMIT = 200;

    private final Supplier<Messages> messages;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Integer> found = FXCollections.observableArrayList();
    private final IntegerProperty customer = new SimpleIntegerProperty(this, "customer", -1);
    private final ObservableList<RecommendRows.History> history = FXCollections.observableArrayList();
    private final ObservableList<RecommendRows.Top> top = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Notice> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<Notice> coldStart = new ReadOnlyObjectWrapper<>(this, "coldStart");

    private RecommendationCorpus corpus;
    private TrainedRecommender model;
    private int n = 10;

    CustomerLists(Supplier<Messages> messages) {
        this.messages = messages;
        search.addListener((o, a, b) -> find());
        customer.addListener((o, a, b) -> show());
    }

    /** New data: the search runs again and the choice is kept when the customer is still there. */
    void setCorpus(RecommendationCorpus c) {
        long chosen = corpus != null && customer.get() >= 0 ? corpus.customer(customer.get()).id() : -1;
        corpus = c;
        model = null;
        find();
        int again = -1;
        for (int u = 0; chosen >= 0 && u < c.data().customers().size(); u++) {
            if (c.customer(u).id() == chosen) {
                again = u;
            }
        }
        customer.set(again);
        show();
    }

    /** A model was fitted (or null while fitting) or N changed: the recommendations follow. */
    void setModel(TrainedRecommender m, int listLength) {
        model = m;
        n = listLength;
        showTop();
    }

    private void find() {
        if (corpus == null) {
            found.clear();
            return;
        }
        found.setAll(corpus.findCustomers(search.get(), SEARCH_LIMIT));
    }

    private void show() {
        history.clear();
        summary.set(null);
        if (corpus == null || customer.get() < 0) {
            top.clear();
            coldStart.set(null);
            return;
        }
        int u = customer.get();
        RatingMatrix ratings = corpus.ratings();
        RatingMatrix purchases = corpus.input().purchases();
        Map<Integer, RecommendRows.History> rows = new LinkedHashMap<>();
        for (int p = ratings.userStart(u); p < ratings.userEnd(u); p++) {
            int item = ratings.itemAt(p);
            rows.put(item, new RecommendRows.History(label(item), corpus.product(item).category(),
                    ratings.valueAt(p), date(ratings.timeAt(p)), purchases.value(u, item)));
        }
        for (int p = purchases.userStart(u); p < purchases.userEnd(u); p++) {
            int item = purchases.itemAt(p);
            rows.putIfAbsent(item, new RecommendRows.History(label(item), corpus.product(item).category(),
                    Double.NaN, "", purchases.valueAt(p)));
        }
        history.setAll(rows.values());
        Customer c = corpus.customer(u);
        summary.set(Notice.info("recommend.customer.summary", c.name(), c.externalId(), ratings.ratingsOfUser(u),
                purchases.ratingsOfUser(u)));
        showTop();
    }

    private void showTop() {
        if (corpus == null || model == null || customer.get() < 0) {
            top.clear();
            coldStart.set(null);
            return;
        }
        int u = customer.get();
        RecommendationWording wording = new RecommendationWording(messages.get());
        List<Recommendation> recs = model.recommend(u, n, corpus.alreadyHas(u));
        List<RecommendRows.Top> rows = new ArrayList<>();
        for (int r = 0; r < recs.size(); r++) {
            Recommendation rec = recs.get(r);
            Product p = corpus.product(rec.item());
            String score = rec.scoreIsRating()
                    ? String.format(messages.get().locale(), "%.2f %s", rec.score(),
                    messages.get().get("recommend.customer.star"))
                    : String.format(messages.get().locale(), "%.2f", rec.score());
            rows.add(new RecommendRows.Top(r + 1, RecommendationWording.productLabel(p), p.category(), score,
                    wording.source(rec.source()), wording.explain(rec.explanation(), corpus),
                    wording.evidenceLines(rec.explanation(), corpus)));
        }
        top.setAll(rows);
        ColdStart reason = recs.isEmpty() ? ColdStart.NONE : recs.get(0).explanation().coldStart();
        if (reason == ColdStart.NONE && corpus.ratings().ratingsOfUser(u) == 0) {
            reason = ColdStart.NEW_CUSTOMER;
        }
        coldStart.set(reason == ColdStart.NONE ? null : Notice.info("recommend.customer.coldStart",
                wording.coldStart(reason), wording.source(recs.isEmpty() ? model.source() : recs.get(0).source())));
    }

    private String label(int item) {
        return RecommendationWording.productLabel(corpus.product(item));
    }

    private static String date(long epochSeconds) {
        return epochSeconds == RatingRows.UNKNOWN_TIME ? ""
                : Instant.ofEpochSecond(epochSeconds).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The text the analyst searches customers with. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Indexes of the customers found. */
    public ObservableList<Integer> found() {
        return found;
    }

    /** The chosen customer's index, or -1. */
    public IntegerProperty customerProperty() {
        return customer;
    }

    public ObservableList<RecommendRows.History> history() {
        return history;
    }

    public ObservableList<RecommendRows.Top> top() {
        return top;
    }

    /** Who the customer is and how much history they have. */
    public ReadOnlyObjectProperty<Notice> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Set when the recommendations are a cold-start fallback: the reason and the source. */
    public ReadOnlyObjectProperty<Notice> coldStartProperty() {
        return coldStart.getReadOnlyProperty();
    }

    /** The customer at an index as a list shows them. */
    String describe(int u) {
        Customer c = corpus == null ? null : corpus.customer(u);
        return c == null ? "" : c.externalId() + " \u00b7 " + c.name();
    }
}
