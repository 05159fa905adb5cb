package org.crmworkbench.ui.value;

import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.value.PeriodUnit;
import org.crmworkbench.analysis.value.PurchaseModelKind;
import org.crmworkbench.i18n.Messages;

/**
 * The period units and models the Value view offers, named in the reader's language, with the chosen ones kept in
 * step with the settings form both ways. FX thread only.
 */
public final class ValueChoices {
    private final ValueSettingsForm form;
    private final ObservableList<ValueOption> units = FXCollections.observableArrayList();
    private final ObjectProperty<ValueOption> unit = new SimpleObjectProperty<>(this, "unit");
    private final ObservableList<ValueOption> models = FXCollections.observableArrayList();
    private final ObjectProperty<ValueOption> model = new SimpleObjectProperty<>(this, "model");

    ValueChoices(ValueSettingsForm form, Messages messages) {
        this.form = form;
        form.unitProperty().addListener((o, a, b) -> unit.set(option(units, b)));
        unit.addListener((o, a, b) -> {
            if (b != null && b.value() != form.unitProperty().get()) {
                form.unitProperty().set((PeriodUnit) b.value());
            }
        });
        form.modelProperty().addListener((o, a, b) -> model.set(option(models, b)));
        model.addListener((o, a, b) -> {
            if (b != null && b.value() != form.modelProperty().get()) {
                form.modelProperty().set((PurchaseModelKind) b.value());
            }
        });
        relabel(messages);
    }

    /** Names the choices again in the language of {@code messages}, keeping what is chosen. */
    void relabel(Messages messages) {
        ValueLabels labels = new ValueLabels(messages);
        units.setAll(Arrays.stream(PeriodUnit.values()).map(u -> new ValueOption(u, labels.unit(u))).toList());
        unit.set(option(units, form.unitProperty().get()));
        models.setAll(Arrays.stream(PurchaseModelKind.values()).map(k -> new ValueOption(k, k.label())).toList());
        model.set(option(models, form.modelProperty().get()));
    }

    private static ValueOption option(ObservableList<ValueOption> options, Object value) {
        return value == null ? null : options.stream().filter(o -> o.value() == value).findFirst().orElse(null);
    }

    public ObservableList<ValueOption> units() {
        return units;
    }

    /** The chosen period unit as an entry of {@link #units()}. */
    public ObjectProperty<ValueOption> unitProperty() {
        return unit;
    }

    public ObservableList<ValueOption> models() {
        return models;
    }

    /** The chosen model as an entry of {@link #models()}. */
    public ObjectProperty<ValueOption> modelProperty() {
        return model;
    }
}
