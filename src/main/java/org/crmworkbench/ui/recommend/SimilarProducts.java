package org.crmworkbench.ui.recommend;

import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.recommend.CrossSellRules;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.SimilarItem;
import org.crmworkbench.analysis.recommend.SimilarItems;
import org.crmworkbench.analysis.recommend.TrainedRecommender;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.Product;
import org.crmworkbench.present.recommend.RecommendationWording;
import org.crmworkbench.ui.common.Notice;

/**
 * The Similar products tab's state: products found by id or name, and the products most like the chosen one
 * according to the fitted model, when the method can tell (it implements {@link SimilarItems}). FX thread only.
 */
public final class SimilarProducts {
    static final int SEARCH_LIMIT = 200;
    static final int SIMILAR = 20;
    /** Basket rules listed for a product. */
    static final int RULES = 10;

    private final Supplier<Messages> messages;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Integer> found = FXCollections.observableArrayList();
    private final IntegerProperty product = new SimpleIntegerProperty(this, "product", -1);
    private final ObservableList<RecommendRows.Similar> similar = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Notice> heading = new ReadOnlyObjectWrapper<>(this, "heading");
    private final ObservableList<String> boughtTogether = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Notice> boughtTogetherHeading =
            new ReadOnlyObjectWrapper<>(this, "boughtTogetherHeading");

    private RecommendationCorpus corpus;
    private TrainedRecommender model;
    private RecommenderAlgorithm algorithm = RecommenderAlgorithm.POPULAR;

    SimilarProducts(Supplier<Messages> messages) {
        this.messages = messages;
        search.addListener((o, a, b) -> find());
        product.addListener((o, a, b) -> show());
    }

    void setCorpus(RecommendationCorpus c) {
        corpus = c;
        model = null;
        product.set(-1);
        find();
        show();
    }

    void setModel(TrainedRecommender m, RecommenderAlgorithm method) {
        model = m;
        algorithm = method;
        show();
    }

    private void find() {
        if (corpus == null) {
            found.clear();
            return;
        }
        found.setAll(corpus.findProducts(search.get(), SEARCH_LIMIT));
    }

    private void show() {
        similar.clear();
        RecommendationWording wording = new RecommendationWording(messages.get());
        showRules(wording);
        if (model != null && !(model instanceof SimilarItems)) {
            heading.set(Notice.error("recommend.similar.none", wording.algorithm(algorithm)));
            return;
        }
        if (corpus == null || product.get() < 0 || model == null) {
            heading.set(Notice.info("recommend.similar.pick"));
            return;
        }
        heading.set(Notice.info("recommend.similar.title", label(product.get())));
        for (SimilarItem s : ((SimilarItems) model).similarTo(product.get(), SIMILAR)) {
            Product p = corpus.product(s.item());
            similar.add(new RecommendRows.Similar(label(s.item()), p.category(), s.similarity(),
                    wording.source(s.source())));
        }
    }

    /** The product's strongest basket rules, or why there are none. */
    private void showRules(RecommendationWording wording) {
        boughtTogether.clear();
        if (corpus == null || product.get() < 0) {
            boughtTogetherHeading.set(null);
            return;
        }
        CrossSellRules rules = corpus.crossSell();
        if (rules.isEmpty()) {
            boughtTogetherHeading.set(Notice.info("recommend.boughtTogether.noRules"));
            return;
        }
        for (CrossSellRules.Rule r : rules.naming(product.get(), RULES)) {
            boughtTogether.add(wording.rule(r, corpus));
        }
        boughtTogetherHeading.set(boughtTogether.isEmpty()
                ? Notice.info("recommend.boughtTogether.none", label(product.get()), rules.runId())
                : Notice.info("recommend.boughtTogether.title", label(product.get()), rules.runId()));
    }

    private String label(int item) {
        return RecommendationWording.productLabel(corpus.product(item));
    }

    String describe(int item) {
        if (corpus == null) {
            return "";
        }
        Product p = corpus.product(item);
        return p.externalId() + " \u00b7 " + RecommendationWording.productLabel(p);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Integer> found() {
        return found;
    }

    public IntegerProperty productProperty() {
        return product;
    }

    public ObservableList<RecommendRows.Similar> similar() {
        return similar;
    }

    /** The product's strongest bought-together rules, as sentences. */
    public ObservableList<String> boughtTogether() {
        return boughtTogether;
    }

    /** What the rule list shows, or why it is empty; null before a product is chosen. */
    public ReadOnlyObjectProperty<Notice> boughtTogetherHeadingProperty() {
        return boughtTogetherHeading.getReadOnlyProperty();
    }

    /** What the list shows, or why it is empty. */
    public ReadOnlyObjectProperty<Notice> headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
