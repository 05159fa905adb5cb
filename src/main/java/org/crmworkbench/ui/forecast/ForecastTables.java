package org.crmworkbench.ui.forecast;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.NumberCells;

/**
 * The tables of the Forecast workspace: headers from the bundle, numbers right-aligned in the reader's format,
 * every column sortable by its value.
 */
final class ForecastTables {
    private final Messages messages;

    ForecastTables(Messages messages) {
        this.messages = messages;
    }

    /** Model, MAE, RMSE, MAPE, MASE; the chosen model's row in bold with a check mark. */
    void models(TableView<ForecastRows.ModelRow> table) {
        TableColumn<ForecastRows.ModelRow, String> model = text("forecast.ws.column.model",
                r -> (r.chosen() ? "\u2713 " : "") + r.model(), 320);
        table.getColumns().setAll(List.of(model,
                number(messages.get("forecast.ws.column.mae"), ForecastRows.ModelRow::mae, 2),
                number(messages.get("forecast.ws.column.rmse"), ForecastRows.ModelRow::rmse, 2),
                number(messages.get("forecast.ws.column.mape"), ForecastRows.ModelRow::mape, 1),
                number(messages.get("forecast.ws.column.mase"), ForecastRows.ModelRow::mase, 3)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ForecastRows.ModelRow item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.chosen() ? "-fx-font-weight: bold;" : "");
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    void parameters(TableView<ForecastRows.ParameterRow> table) {
        TableColumn<ForecastRows.ParameterRow, String> value = text("forecast.ws.column.value",
                ForecastRows.ParameterRow::value, 420);
        value.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        table.getColumns().setAll(List.of(text("forecast.ws.column.parameter", ForecastRows.ParameterRow::name, 220),
                value));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Period, forecast, then lower and upper bound per level. */
    void periods(TableView<ForecastRows.PeriodRow> table, int[] levels) {
        List<TableColumn<ForecastRows.PeriodRow, ?>> columns = new ArrayList<>();
        columns.add(text("forecast.ws.column.period", ForecastRows.PeriodRow::period, 170));
        columns.add(number(messages.get("forecast.ws.column.forecast"), ForecastRows.PeriodRow::forecast, 2));
        for (int b = 0; b < levels.length; b++) {
            int band = b;
            columns.add(number(messages.get("forecast.ws.column.lower", levels[b]), r -> r.lower()[band], 2));
            columns.add(number(messages.get("forecast.ws.column.upper", levels[b]), r -> r.upper()[band], 2));
        }
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private <R> TableColumn<R, Number> number(String header, Function<R, Double> value, int decimals) {
        TableColumn<R, Number> c = new TableColumn<>(header);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        NumberFormat format = ForecastRows.numberFormat(messages.locale(), decimals);
        format.setMinimumFractionDigits(decimals);
        c.setCellFactory(col -> NumberCells.formatted(format));
        c.setPrefWidth(110);
        c.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        return c;
    }

    private <R> TableColumn<R, String> text(String key, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
