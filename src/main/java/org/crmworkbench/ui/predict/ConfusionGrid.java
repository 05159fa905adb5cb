package org.crmworkbench.ui.predict;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import org.crmworkbench.analysis.predict.ConfusionMatrix;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.predict.PredictFormats;
import org.crmworkbench.ui.common.ViewScope;

/** The 2x2 confusion matrix with counts and shares of all held-out rows, and the rates it gives. */
final class ConfusionGrid {
    private final Messages messages;
    private final PredictFormats formats;
    private final GridPane grid = new GridPane();
    private final Label tp = cell("churn-tp");
    private final Label fp = cell("churn-fp");
    private final Label fn = cell("churn-fn");
    private final Label tn = cell("churn-tn");
    private final Label rates = new Label();

    ConfusionGrid(Messages messages) {
        this.messages = messages;
        this.formats = new PredictFormats(messages);
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        ColumnConstraints heads = new ColumnConstraints(90, 110, 140);
        ColumnConstraints called = new ColumnConstraints(120, 150, Double.MAX_VALUE);
        called.setHgrow(Priority.SOMETIMES);
        ColumnConstraints notCalled = new ColumnConstraints(120, 150, Double.MAX_VALUE);
        notCalled.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().setAll(heads, called, notCalled);
        grid.add(head("predict.confusion.corner"), 0, 0);
        grid.add(head("predict.confusion.calledPositive"), 1, 0);
        grid.add(head("predict.confusion.calledNegative"), 2, 0);
        grid.add(head("predict.confusion.actualPositive"), 0, 1);
        grid.add(head("predict.confusion.actualNegative"), 0, 2);
        grid.add(tp, 1, 1);
        grid.add(fn, 2, 1);
        grid.add(fp, 1, 2);
        grid.add(tn, 2, 2);
        rates.setId("churn-rates");
        rates.setWrapText(true);
        grid.add(rates, 0, 3, 3, 1);
    }

    Node node() {
        return grid;
    }

    /** Shows the churn tab's confusion matrix now and whenever it changes. */
    void follow(ChurnViewModel model, ViewScope scope) {
        scope.follow(model.confusionProperty(), this::show);
    }

    private void show(ConfusionMatrix m) {
        if (m == null) {
            for (Label l : new Label[] {tp, fp, fn, tn}) {
                l.setText("");
            }
            rates.setText("");
            return;
        }
        set(tp, "predict.confusion.tp", m.truePositives(), m.total());
        set(fp, "predict.confusion.fp", m.falsePositives(), m.total());
        set(fn, "predict.confusion.fn", m.falseNegatives(), m.total());
        set(tn, "predict.confusion.tn", m.trueNegatives(), m.total());
        rates.setText(messages.get("predict.confusion.rates", formats.percent(m.accuracy()),
                or(formats.percent(m.precision())), or(formats.percent(m.recall())),
                or(formats.number(m.f1(), 3))));
    }

    private static String or(String s) {
        return s.isEmpty() ? "–" : s;
    }

    private void set(Label label, String key, int count, int total) {
        label.setText(messages.get(key) + "\n" + formats.count(count) + "  (" + formats.percent(
                total == 0 ? Double.NaN : (double) count / total) + ")");
    }

    private Label head(String key) {
        Label l = new Label(messages.get(key));
        l.setStyle("-fx-font-weight: bold;");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setHalignment(l, HPos.CENTER);
        return l;
    }

    private static Label cell(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinSize(120, 50);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setStyle("-fx-border-color: #BBBBBB; -fx-padding: 6 10 6 10; -fx-alignment: center;"
                + " -fx-text-alignment: center;");
        return l;
    }
}
