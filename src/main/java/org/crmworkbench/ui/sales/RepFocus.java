package org.crmworkbench.ui.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.sales.RankShift;
import org.crmworkbench.analysis.sales.RepScorecard;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.model.RepOrders;

/**
 * Which reps the workspace looks at: the league lines of the chosen region, the chosen period of the scorecards, the
 * rep chosen in the table (their {@link RepCard}) and the two reps compared. A new analysis keeps the choices of reps
 * and filters that still exist. FX thread only.
 */
public final class RepFocus {
    private final ObservableList<RepRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RepRow> allRows = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList("");
    private final ObservableList<String> periods = FXCollections.observableArrayList("");
    private final ObjectProperty<String> region = new SimpleObjectProperty<>(this, "region", "");
    private final ObjectProperty<String> period = new SimpleObjectProperty<>(this, "period", "");
    private final ObjectProperty<RepRow> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyObjectWrapper<RepCard> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ObjectProperty<RepRow> compareA = new SimpleObjectProperty<>(this, "compareA");
    private final ObjectProperty<RepRow> compareB = new SimpleObjectProperty<>(this, "compareB");
    private final ReadOnlyObjectWrapper<RepComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private SalesTeamResult result;
    private RepOrders orders;

    RepFocus() {
        region.addListener(o -> filter());
        period.addListener(o -> {
            updateCard();
            updateComparison();
        });
        chosen.addListener(o -> updateCard());
        compareA.addListener(o -> updateComparison());
        compareB.addListener(o -> updateComparison());
    }

    /** Shows {@code r} (null: nothing) of {@code read}. */
    void show(SalesTeamResult r, RepOrders read) {
        RepRow before = chosen.get();
        RepRow beforeA = compareA.get();
        RepRow beforeB = compareB.get();
        result = r;
        orders = read;
        Set<String> shifted = r == null ? Set.of()
                : r.shifts().stream().map(RankShift::repId).collect(Collectors.toSet());
        allRows.setAll(r == null ? List.of()
                : r.effects().stream().map(e -> RepRow.of(e, shifted.contains(e.repId()))).toList());
        TreeSet<String> regionNames = new TreeSet<>();
        allRows.forEach(row -> regionNames.add(row.region()));
        regionNames.remove("");
        List<String> regionChoices = new ArrayList<>(List.of(""));
        regionChoices.addAll(regionNames);
        regions.setAll(regionChoices);
        List<String> periodChoices = new ArrayList<>(List.of(""));
        if (r != null) {
            r.scorecards().stream().map(RepScorecard::period).distinct().sorted().forEach(periodChoices::add);
        }
        periods.setAll(periodChoices);
        if (!regions.contains(region.get())) {
            region.set("");
        }
        if (!periods.contains(period.get())) {
            period.set("");
        }
        filter();
        chosen.set(same(before));
        compareA.set(same(beforeA));
        compareB.set(same(beforeB));
        updateCard();
        updateComparison();
    }

    /** The new line of the rep {@code row} stood for, or null. */
    private RepRow same(RepRow row) {
        return row == null ? null
                : allRows.stream().filter(r -> r.repId().equals(row.repId())).findFirst().orElse(null);
    }

    private void filter() {
        String only = region.get() == null ? "" : region.get();
        rows.setAll(allRows.stream().filter(r -> only.isEmpty() || r.region().equals(only)).toList());
    }

    private void updateCard() {
        RepRow row = chosen.get();
        card.set(result == null || row == null ? null : RepCard.of(row, result, orders, periodOrAll()));
    }

    private void updateComparison() {
        RepRow a = compareA.get();
        RepRow b = compareB.get();
        comparison.set(result == null || a == null || b == null ? null
                : new RepComparison(RepCard.of(a, result, orders, periodOrAll()),
                        RepCard.of(b, result, orders, periodOrAll())));
    }

    private String periodOrAll() {
        return period.get() == null ? "" : period.get();
    }

    /** The league table's lines of the chosen region, best adjusted rank first. */
    public ObservableList<RepRow> rows() {
        return rows;
    }

    /** Every league line, whatever the region (the reps to compare). */
    public ObservableList<RepRow> allRows() {
        return allRows;
    }

    /** "" (all regions) and the reps' regions. */
    public ObservableList<String> regions() {
        return regions;
    }

    /** "" (all periods) and the scorecards' periods. */
    public ObservableList<String> periods() {
        return periods;
    }

    public ObjectProperty<String> regionProperty() {
        return region;
    }

    public ObjectProperty<String> periodProperty() {
        return period;
    }

    /** The rep chosen in the league table. */
    public ObjectProperty<RepRow> chosenProperty() {
        return chosen;
    }

    /** The chosen rep's card, or null. */
    public ReadOnlyObjectProperty<RepCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ObjectProperty<RepRow> compareAProperty() {
        return compareA;
    }

    public ObjectProperty<RepRow> compareBProperty() {
        return compareB;
    }

    /** The two reps side by side, or null until both are chosen. */
    public ReadOnlyObjectProperty<RepComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }
}
