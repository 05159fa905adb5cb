package org.crmworkbench.ui.basket;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.basket.AssociationRule;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.basket.RuleFilter;
import org.crmworkbench.analysis.basket.RuleOrder;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The rules the table shows: the mined rules kept by the filters (an item in the antecedent, an item in the
 * consequent, a min lift, redundant ones removed; through {@link RuleFilter}), highest lift first, written out by
 * name. Filtering runs in the background, the newest filter winning, so a long rule list never stalls the window;
 * the table sorts the rows by any column afterwards. FX thread only.
 */
public final class RuleList {
    static final String FILTER_KEY = "basket.filter";

    private final JobRunner jobs;
    private final Consumer<Throwable> failed;
    private final StringProperty antecedentItem = new SimpleStringProperty(this, "antecedentItem", "");
    private final StringProperty consequentItem = new SimpleStringProperty(this, "consequentItem", "");
    private final DoubleProperty minLift = new SimpleDoubleProperty(this, "minLift", 0);
    private final BooleanProperty removeRedundant = new SimpleBooleanProperty(this, "removeRedundant");
    private final ObservableList<RuleRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown");
    private BasketResult result;
    private ItemNames names;

    RuleList(JobRunner jobs, Consumer<Throwable> failed) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.failed = Objects.requireNonNull(failed, "failed");
        InvalidationListener changed = o -> refilter();
        antecedentItem.addListener(changed);
        consequentItem.addListener(changed);
        minLift.addListener(changed);
        removeRedundant.addListener(changed);
    }

    /** New baskets: their items are offered to the filters. */
    void useItems(ItemNames itemNames) {
        items.setAll(itemNames == null ? List.of() : itemNames.byFrequency());
    }

    /** Shows the rules of {@code mined} (null: none), named by {@code itemNames}. */
    void show(BasketResult mined, ItemNames itemNames) {
        result = mined;
        names = itemNames;
        total.set(mined == null ? 0 : mined.rules().size());
        refilter();
    }

    /** Applies the filters as they stand, in the background. */
    void refilter() {
        BasketResult r = result;
        ItemNames n = names;
        if (r == null || n == null) {
            jobs.job("basket.job.filter", progress -> List.<RuleRow>of()).replacing(FILTER_KEY)
                    .onSuccess(this::showRows).start();
            return;
        }
        Set<Integer> inAntecedent = n.matching(antecedentItem.get());
        Set<Integer> inConsequent = n.matching(consequentItem.get());
        boolean nothing = inAntecedent != null && inAntecedent.isEmpty()
                || inConsequent != null && inConsequent.isEmpty();
        RuleFilter filter = new RuleFilter(inAntecedent == null ? Set.of() : inAntecedent,
                inConsequent == null ? Set.of() : inConsequent, minLift.get(), removeRedundant.get());
        jobs.job("basket.job.filter", progress -> nothing ? List.<RuleRow>of()
                        : rows(RuleOrder.LIFT.sort(filter.apply(r.rules())), n))
                .nameArgs(r.rules().size()).replacing(FILTER_KEY)
                .onSuccess(list -> {
                    if (r == result) {
                        showRows(list);
                    }
                })
                .onFailure(failed)
                .start();
    }

    private void showRows(List<RuleRow> list) {
        rows.setAll(list);
        shown.set(list.size());
    }

    private static List<RuleRow> rows(List<AssociationRule> rules, ItemNames names) {
        List<RuleRow> out = new ArrayList<>(rules.size());
        for (AssociationRule rule : rules) {
            out.add(new RuleRow(rule, names.itemset(rule.antecedent()), names.itemset(rule.consequent())));
        }
        return out;
    }

    /** The rows shown, highest lift first until the table is sorted otherwise. */
    public ObservableList<RuleRow> rows() {
        return rows;
    }

    /** Every item's name, most frequent first, for the filter boxes. */
    public ObservableList<String> items() {
        return items;
    }

    /** Text a rule's antecedent must name an item by (part of a name will do); blank keeps every rule. */
    public StringProperty antecedentItemProperty() {
        return antecedentItem;
    }

    public StringProperty consequentItemProperty() {
        return consequentItem;
    }

    public DoubleProperty minLiftProperty() {
        return minLift;
    }

    public BooleanProperty removeRedundantProperty() {
        return removeRedundant;
    }

    /** How many rules the mining found. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** How many of them the filters keep. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
