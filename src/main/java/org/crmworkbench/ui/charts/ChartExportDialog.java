package org.crmworkbench.ui.charts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartDecimation;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartTheme;

/**
 * Asks how to export a chart: format, title (pre-filled with the chart's), width and height in points, resolution
 * of a PNG (presets 96, 150 and 300 dpi, or typed), and light or dark look. Shows the file's size as the values
 * change, and what is wrong (naming the field and the allowed range) while the Export button is disabled.
 */
public final class ChartExportDialog {
    static final List<String> DPI_PRESETS = List.of("96", "150", "300");

    private final Dialog<ChartExportChoice> dialog = new Dialog<>();
    private final ChartExportForm form;
    private final ComboBox<ChartFormat> format = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField width = new TextField();
    private final TextField height = new TextField();
    private final ComboBox<String> dpi = new ComboBox<>();
    private final ComboBox<ChartTheme> theme = new ComboBox<>();
    private final Label size = new Label();
    private final Label error = new Label();
    private final Label thinned = new Label();
    private final ButtonType export;
    private final Messages messages;
    private final long points;

    /**
     * @param initial what the fields start with
     * @param points  how many points the chart draws (to say when a vector file will be thinned)
     */
    public ChartExportDialog(Window owner, Messages messages, ChartExportChoice initial, long points) {
        this.messages = messages;
        this.form = new ChartExportForm(messages);
        this.points = points;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("chart.ui.dialog.title"));
        export = new ButtonType(messages.get("chart.ui.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);

        format.getItems().setAll(ChartFormat.values());
        format.setValue(initial.format());
        title.setText(initial.title());
        title.setPrefColumnCount(32);
        width.setText(number(initial.width()));
        height.setText(number(initial.height()));
        dpi.setEditable(true);
        dpi.getItems().setAll(DPI_PRESETS);
        dpi.setValue(Integer.toString(initial.dpi()));
        theme.getItems().setAll(ChartTheme.values());
        theme.setValue(initial.theme());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChartTheme t) {
                return t == null ? "" : messages.get("chart.ui.theme." + t.name());
            }

            @Override
            public ChartTheme fromString(String s) {
                return null;
            }
        });
        format.setId("chart-export-format");
        title.setId("chart-export-title");
        width.setId("chart-export-width");
        height.setId("chart-export-height");
        dpi.setId("chart-export-dpi");
        theme.setId("chart-export-theme");
        size.setId("chart-export-size");
        error.setId("chart-export-error");
        error.setStyle("-fx-text-fill: #B00020;");
        error.setWrapText(true);
        thinned.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        row(grid, 0, "chart.ui.dialog.format", format);
        row(grid, 1, "chart.ui.dialog.chartTitle", title);
        row(grid, 2, "chart.ui.dialog.width", width);
        row(grid, 3, "chart.ui.dialog.height", height);
        row(grid, 4, "chart.ui.dialog.dpi", dpi);
        row(grid, 5, "chart.ui.dialog.theme", theme);
        grid.add(size, 0, 6, 2, 1);
        grid.add(thinned, 0, 7, 2, 1);
        grid.add(error, 0, 8, 2, 1);
        dialog.getDialogPane().setContent(grid);

        format.valueProperty().addListener((o, a, b) -> refresh());
        width.textProperty().addListener((o, a, b) -> refresh());
        height.textProperty().addListener((o, a, b) -> refresh());
        dpi.valueProperty().addListener((o, a, b) -> refresh());
        dpi.getEditor().textProperty().addListener((o, a, b) -> refresh());
        refresh();

        dialog.setResultConverter(button -> button == export ? choice() : null);
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public Optional<ChartExportChoice> ask() {
        return dialog.showAndWait();
    }

    /** The dialog itself (for tests). */
    Dialog<ChartExportChoice> dialog() {
        return dialog;
    }

    /** The current error text, empty when the values can be exported. */
    String error() {
        return error.getText();
    }

    /** The current size note. */
    String sizeNote() {
        return size.getText();
    }

    void type(String w, String h, String d) {
        width.setText(w);
        height.setText(h);
        dpi.getEditor().setText(d);
        dpi.setValue(d);
    }

    void choose(ChartFormat f) {
        format.setValue(f);
    }

    private String dpiText() {
        String typed = dpi.getEditor().getText();
        return typed == null || typed.isBlank() ? dpi.getValue() : typed;
    }

    private void refresh() {
        ChartFormat f = format.getValue();
        dpi.setDisable(f != ChartFormat.PNG);
        Optional<String> problem = form.problem(f, width.getText(), height.getText(), dpiText());
        error.setText(problem.orElse(""));
        size.setText(form.sizeNote(f, width.getText(), height.getText(), dpiText()));
        thinned.setText(f != ChartFormat.PNG && points > ChartDecimation.VECTOR_LIMIT
                ? messages.get("chart.ui.dialog.thinned", points, f.name(), ChartDecimation.VECTOR_LIMIT) : "");
        Node button = dialog.getDialogPane().lookupButton(export);
        if (button != null) {
            button.setDisable(problem.isPresent());
        }
    }

    /** The choice the fields make now; null while they are not valid. */
    ChartExportChoice choice() {
        ChartFormat f = format.getValue();
        if (form.problem(f, width.getText(), height.getText(), dpiText()).isPresent()) {
            return null;
        }
        int d = f == ChartFormat.PNG ? (int) ChartExportForm.parse(dpiText()) : 72;
        return new ChartExportChoice(f, title.getText() == null ? "" : title.getText(),
                ChartExportForm.parse(width.getText()), ChartExportForm.parse(height.getText()), d,
                theme.getValue());
    }

    private void row(GridPane grid, int row, String key, Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
