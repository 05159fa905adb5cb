package org.crmworkbench.ui.segments;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.crmworkbench.analysis.segment.OutlierFlag;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.FeatureLabels;
import org.crmworkbench.present.segment.SegmentFiles;
import org.crmworkbench.ui.common.ViewScope;

/**
 * The table of flagged values: customer, feature, value, segment and why. It shows the outliers of the view model's
 * result, following it through the view's scope.
 */
final class OutlierTable {
    private OutlierTable() {
    }

    static TableView<OutlierFlag> create(SegmentsViewModel model, Messages messages, ViewScope scope) {
        FeatureLabels labels = new FeatureLabels(messages);
        SegmentFiles files = new SegmentFiles(messages);
        TableColumn<OutlierFlag, String> id = new TableColumn<>(messages.get("segment.outliers.customer"));
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.customerId(c.getValue().row())));
        TableColumn<OutlierFlag, String> feature = new TableColumn<>(messages.get("segment.outliers.feature"));
        feature.setCellValueFactory(c -> new ReadOnlyStringWrapper(labels.label(c.getValue().feature())));
        TableColumn<OutlierFlag, Number> value = new TableColumn<>(messages.get("segment.outliers.value"));
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value()));
        NumberFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(messages.locale()));
        value.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.format(item.doubleValue()));
            }
        });
        value.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<OutlierFlag, String> segment = new TableColumn<>(messages.get("segment.outliers.segment"));
        segment.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.segmentName(c.getValue().row())));
        TableColumn<OutlierFlag, String> reason = new TableColumn<>(messages.get("segment.outliers.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(files.reason(c.getValue())));
        reason.setPrefWidth(460);
        TableView<OutlierFlag> table = new TableView<>();
        table.getColumns().setAll(List.of(id, feature, value, segment, reason));
        table.setId("segment-outliers");
        table.setPlaceholder(new Label(messages.get("segment.outliers.none")));
        scope.followAll(() -> table.getItems().setAll(model.resultProperty().get() == null ? List.of()
                : model.resultProperty().get().outliers().flags()), model.resultProperty());
        return table;
    }
}
