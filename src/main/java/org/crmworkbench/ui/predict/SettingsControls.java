package org.crmworkbench.ui.predict;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.predict.TermLabels;
import org.crmworkbench.ui.segments.FeatureChoice;

/** Builds the settings column of a Predict tab: labelled rows of controls bound to a form's properties. */
final class SettingsControls {
    static final double WIDTH = 270;

    private final Messages messages;
    private final TermLabels terms;

    SettingsControls(Messages messages) {
        this.messages = messages;
        this.terms = new TermLabels(messages);
    }

    GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** Adds a labelled row; returns the label and field so callers can hide both. */
    Node[] row(GridPane grid, String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setWrapText(true);
        int row = grid.getRowCount();
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (field instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        return new Node[] {label, field};
    }

    /** Shows the row only while {@code visible} holds. */
    static void showWhen(Node[] row, javafx.beans.value.ObservableBooleanValue visible) {
        for (Node n : row) {
            n.visibleProperty().bind(visible);
            n.managedProperty().bind(visible);
        }
    }

    ComboBox<String> targets(ObservableList<String> items, javafx.beans.property.StringProperty value) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setConverter(converter(t -> t == null ? "" : terms.label(t)));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    <T extends Enum<T>> ComboBox<T> choice(T[] values, javafx.beans.property.ObjectProperty<T> value,
                                           Function<T, String> key) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(converter(v -> v == null ? "" : messages.get(key.apply(v))));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    ListView<FeatureChoice> features(ObservableList<FeatureChoice> items) {
        ListView<FeatureChoice> list = new ListView<>(items);
        list.setPrefHeight(180);
        list.setCellFactory(CheckBoxListCell.forListView(FeatureChoice::selectedProperty, converter(c ->
                c == null ? "" : terms.label(c.name()) + (c.isCategory() ? " " + messages.get(
                        "predict.settings.category") : ""))));
        return list;
    }

    static Spinner<Integer> integer(IntegerProperty value, int min, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min,
                max, value.get(), step);
        spinner.setValueFactory(f);
        spinner.setEditable(true);
        f.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                value.set(b);
            }
        });
        value.addListener((o, a, b) -> f.setValue(b.intValue()));
        return spinner;
    }

    static Spinner<Integer> seed(LongProperty value) {
        Spinner<Integer> spinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                Integer.MAX_VALUE, (int) Math.min(Integer.MAX_VALUE, value.get()));
        spinner.setValueFactory(f);
        spinner.setEditable(true);
        f.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                value.set(b);
            }
        });
        return spinner;
    }

    static Spinner<Double> share(DoubleProperty value) {
        Spinner<Double> spinner = new Spinner<>();
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(0.05,
                0.5, value.get(), 0.05);
        spinner.setValueFactory(f);
        spinner.setEditable(true);
        f.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                value.set(b);
            }
        });
        return spinner;
    }

    /** The evaluation rows: seed, test share, folds. */
    void evaluation(GridPane grid, EvaluationForm form) {
        row(grid, "predict.settings.seed", seed(form.seedProperty()));
        row(grid, "predict.settings.testShare", share(form.testShareProperty()));
        row(grid, "predict.settings.folds", integer(form.foldsProperty(), 0, 20, 1));
    }

    Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    Label section(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    static ScrollPane column(Node... children) {
        VBox box = new VBox(8, children);
        box.setPadding(new Insets(10, 10, 10, 10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(WIDTH);
        scroll.setMinWidth(WIDTH);
        return scroll;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
