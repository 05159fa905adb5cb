package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.ViewScope;
import java.nio.charset.Charset;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;

/**
 * Controller of {@code import-mapping.fxml}: one row per field of the table (name, required mark, expected kind
 * of value, the column chosen for it, that column's first value), the columns left out, and the options.
 */
public final class MappingStepController {
    @FXML private GridPane fieldGrid;
    @FXML private Label ignoredLabel;
    @FXML private Label missingLabel;
    @FXML private HBox ratingScaleRow;
    @FXML private Spinner<Double> ratingMin;
    @FXML private Spinner<Double> ratingMax;
    @FXML private DateOrderBox dateOrder;
    @FXML private ComboBox<Charset> encodingChoice;
    @FXML private CheckBox skipBadRows;
    @FXML private TextField rejectsPath;
    @FXML private Label optionsProblem;

    private final MappingViewModel mapping;
    private final Messages messages;
    private final ImportWords words;
    private final ViewScope listeners;

    public MappingStepController(MappingViewModel mapping, Messages messages, ViewScope scope) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.words = new ImportWords(messages);
        this.listeners = Objects.requireNonNull(scope, "scope");
    }

    @FXML
    private void initialize() {
        listeners.follow(mapping.fields(), this::buildRows);
        listeners.follow(mapping.ignoredHeaders(), () -> ignoredLabel.setText(mapping.ignoredHeaders().isEmpty()
                ? messages.get("import.mapping.noneIgnored")
                : messages.get("import.mapping.ignored", String.join(", ", mapping.ignoredHeaders()))));
        listeners.follow(mapping.missingRequired(), () -> {
            boolean missing = !mapping.missingRequired().isEmpty();
            missingLabel.setText(missing ? messages.get("import.mapping.missing",
                    String.join(", ", mapping.missingRequired())) : "");
            missingLabel.setVisible(missing);
            missingLabel.setManaged(missing);
        });
        ratingMin.setValueFactory(scale());
        ratingMax.setValueFactory(scale());
        ratingMin.getValueFactory().valueProperty().bindBidirectional(mapping.ratingMinProperty());
        ratingMax.getValueFactory().valueProperty().bindBidirectional(mapping.ratingMaxProperty());
        ratingScaleRow.visibleProperty().bind(mapping.ratingScaleNeededBinding());
        ratingScaleRow.managedProperty().bind(mapping.ratingScaleNeededBinding());
        dateOrder.bind(mapping.slashedDatesProperty(), messages);
        encodingChoice.getItems().setAll(MappingViewModel.ENCODINGS);
        encodingChoice.setConverter(PreviewStepController.encodings());
        encodingChoice.valueProperty().bindBidirectional(mapping.encodingProperty());
        skipBadRows.selectedProperty().bindBidirectional(mapping.skipBadRowsProperty());
        rejectsPath.textProperty().bindBidirectional(mapping.rejectsPathProperty());
        rejectsPath.disableProperty().bind(skipBadRows.selectedProperty().not());
        listeners.follow(mapping.optionsProblemProperty(), notice -> {
            optionsProblem.setText(notice == null ? "" : notice.text(messages));
            optionsProblem.setVisible(notice != null);
            optionsProblem.setManaged(notice != null);
        });
    }

    private static SpinnerValueFactory<Double> scale() {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(-1000, 1000, 1, 0.5);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : CellText.decimal(value);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return Double.valueOf(text.trim().replace(',', '.'));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        });
        return factory;
    }

    private void buildRows() {
        fieldGrid.getChildren().clear();
        fieldGrid.add(header("import.mapping.field"), 0, 0);
        fieldGrid.add(header("import.mapping.kind"), 1, 0);
        fieldGrid.add(header("import.mapping.column"), 2, 0);
        fieldGrid.add(header("import.mapping.sample"), 3, 0);
        int row = 1;
        for (FieldChoice field : mapping.fields()) {
            Label name = new Label(Formats.column(messages, field.name()) + (field.required() ? " *" : ""));
            name.getStyleClass().add(field.required() ? "field-required" : "field-optional");
            Label code = new Label(field.name());
            code.getStyleClass().add("field-code");
            Label kind = new Label(words.fieldKind(field));
            kind.getStyleClass().add("field-kind");
            ComboBox<ColumnChoice> column = new ComboBox<>(mapping.columns());
            column.setId("map-" + field.name());
            column.setConverter(columnNames());
            column.valueProperty().bindBidirectional(field.columnProperty());
            column.setMaxWidth(Double.MAX_VALUE);
            Label sample = new Label();
            sample.textProperty().bind(field.sampleProperty());
            sample.getStyleClass().add("field-sample");
            HBox label = new HBox(name, code);
            label.getStyleClass().add("field-name");
            fieldGrid.add(label, 0, row);
            fieldGrid.add(kind, 1, row);
            fieldGrid.add(column, 2, row);
            fieldGrid.add(sample, 3, row);
            row++;
        }
    }

    private Label header(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("grid-header");
        return label;
    }

    private StringConverter<ColumnChoice> columnNames() {
        return new StringConverter<>() {
            @Override
            public String toString(ColumnChoice choice) {
                if (choice == null || choice.isNone()) {
                    return messages.get("import.mapping.none");
                }
                return choice.header().isBlank() ? messages.get("import.preview.unnamed", choice.index() + 1)
                        : messages.get("import.mapping.columnName", choice.index() + 1, choice.header());
            }

            @Override
            public ColumnChoice fromString(String text) {
                return null;
            }
        };
    }
}
