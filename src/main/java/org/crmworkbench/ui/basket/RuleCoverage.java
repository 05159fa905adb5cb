package org.crmworkbench.ui.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.basket.AssociationRule;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * What the rule chosen in the table covers: the transactions (orders, or customers when a basket is a customer's)
 * holding every item of its antecedent and consequent, and their customers with how many of those transactions
 * each has, most first. Worked out in the background for each choice, the newest winning. FX thread only.
 */
public final class RuleCoverage {
    static final String KEY = "basket.coverage";

    /** The covered transactions' ids (with their customer) and the customers as {@code id × n}. */
    record Covered(List<String> transactions, List<String> customers) {
    }

    private final JobRunner jobs;
    private final Consumer<Throwable> failed;
    private final ObjectProperty<RuleRow> rule = new SimpleObjectProperty<>(this, "rule");
    private final ObservableList<String> transactions = FXCollections.observableArrayList();
    private final ObservableList<String> customers = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper transactionCount = new ReadOnlyIntegerWrapper(this, "transactionCount");
    private final ReadOnlyIntegerWrapper customerCount = new ReadOnlyIntegerWrapper(this, "customerCount");
    private Transactions of;

    RuleCoverage(JobRunner jobs, Consumer<Throwable> failed) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.failed = Objects.requireNonNull(failed, "failed");
        rule.addListener((o, a, b) -> cover(b));
    }

    /** The baskets the rules were mined from; forgets the choice. */
    void useTransactions(Transactions mined) {
        if (mined != of) {
            of = mined;
            rule.set(null);
            cover(null);
        }
    }

    private void cover(RuleRow chosen) {
        Transactions t = of;
        if (chosen == null || t == null) {
            show(new Covered(List.of(), List.of()));
            return;
        }
        AssociationRule r = chosen.rule();
        jobs.job("basket.job.coverage", progress -> covered(t, r)).replacing(KEY)
                .onSuccess(c -> {
                    if (chosen == rule.get()) {
                        show(c);
                    }
                })
                .onFailure(failed)
                .start();
    }

    /** The transactions and customers that hold every item of {@code rule}. */
    static Covered covered(Transactions t, AssociationRule rule) {
        int[] items = IntStream.concat(Arrays.stream(rule.antecedent()), Arrays.stream(rule.consequent()))
                .sorted().distinct().toArray();
        int[] covering = t.covering(items);
        List<String> ids = new ArrayList<>(covering.length);
        Map<String, Integer> byCustomer = new LinkedHashMap<>();
        for (int tx : covering) {
            String customer = t.customer(tx);
            String id = t.id(tx);
            ids.add(customer.isEmpty() || customer.equals(id) ? id : id + "  (" + customer + ")");
            if (!customer.isEmpty()) {
                byCustomer.merge(customer, 1, Integer::sum);
            }
        }
        List<String> customers = byCustomer.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + "  \u00d7 " + e.getValue()).toList();
        return new Covered(ids, customers);
    }

    private void show(Covered c) {
        transactions.setAll(c.transactions());
        customers.setAll(c.customers());
        transactionCount.set(c.transactions().size());
        customerCount.set(c.customers().size());
    }

    /** The rule chosen in the table, or null. */
    public ObjectProperty<RuleRow> ruleProperty() {
        return rule;
    }

    public ObservableList<String> transactions() {
        return transactions;
    }

    public ObservableList<String> customers() {
        return customers;
    }

    public ReadOnlyIntegerProperty transactionCountProperty() {
        return transactionCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty customerCountProperty() {
        return customerCount.getReadOnlyProperty();
    }
}
