package org.crmworkbench.ui.predict;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.predict.PredictFormats;
import org.crmworkbench.present.predict.RiskFactorWording;
import org.crmworkbench.present.predict.TermLabels;

/** The Predict workspace's sortable tables; numbers sort as numbers and show in the current language. */
final class PredictTables {
    private final Messages messages;
    private final PredictFormats formats;
    private final TermLabels terms;

    PredictTables(Messages messages) {
        this.messages = messages;
        this.formats = new PredictFormats(messages);
        this.terms = new TermLabels(messages);
    }

    /** Shows {@code items} in {@code view}, a table this class set up. */
    @SuppressWarnings("unchecked")
    static void show(TableView<?> view, List<?> items) {
        ((TableView<Object>) view).getItems().setAll((List<Object>) items);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(TableView<?> view) {
        TableView<T> table = (TableView<T>) view;
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** Sets up a coefficient table; {@code logistic} adds the odds ratio and calls the statistic z. */
    void coefficients(TableView<?> view, boolean logistic) {
        TableView<Coefficient> table = table(view);
        TableColumn<Coefficient, String> term = text("predict.column.term", c -> terms.label(c.term()));
        term.setMinWidth(170);
        table.getColumns().add(term);
        table.getColumns().add(number(logistic ? "predict.column.logOdds" : "predict.column.estimate",
                Coefficient::estimate, 4));
        table.getColumns().add(number("predict.column.stdError", Coefficient::stdError, 4));
        table.getColumns().add(number(logistic ? "predict.column.z" : "predict.column.t", Coefficient::statistic, 2));
        TableColumn<Coefficient, Number> p = column("predict.column.p", Coefficient::pValue);
        p.setCellFactory(col -> cell(v -> formats.p(v.doubleValue())));
        table.getColumns().add(p);
        table.getColumns().add(text("predict.column.stars", c -> PredictFormats.stars(c.pValue())));
        table.getColumns().add(number("predict.column.lower95", Coefficient::lower95, 4));
        table.getColumns().add(number("predict.column.upper95", Coefficient::upper95, 4));
        if (logistic) {
            table.getColumns().add(number("predict.column.oddsRatio", c -> Math.exp(c.estimate()), 3));
        }
    }

    void regressionComparison(TableView<?> view, IntSupplier best) {
        TableView<ModelScore> table = table(view);
        table.getColumns().add(text("predict.column.model",
                s -> messages.get("predict.ui.model." + s.settings().model().key())));
        table.getColumns().add(number("predict.column.rmse", s -> s.test().rmse(), 3));
        table.getColumns().add(number("predict.column.mae", s -> s.test().mae(), 3));
        table.getColumns().add(number("predict.column.r2", s -> s.test().rSquared(), 3));
        table.getColumns().add(number("predict.column.mape", s -> s.test().mape(), 1));
        TableColumn<ModelScore, Number> cv = column("predict.column.cvRmse", ModelScore::cvRmse);
        cv.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                ModelScore s = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(s == null ? null : formats.meanSd(s.cvRmse(), s.cvRmseSd()));
            }
        });
        table.getColumns().add(cv);
        table.setRowFactory(t -> highlighted(table, best));
    }

    void classifierComparison(TableView<?> view, IntSupplier best) {
        TableView<ClassifierScore> table = table(view);
        table.getColumns().add(text("predict.column.model",
                s -> messages.get("predict.ui.classifier." + s.settings().model().key())));
        table.getColumns().add(number("predict.column.auc", ClassifierScore::auc, 3));
        table.getColumns().add(number("predict.column.ap", ClassifierScore::averagePrecision, 3));
        table.getColumns().add(number("predict.column.f1", ClassifierScore::f1, 3));
        TableColumn<ClassifierScore, Number> cv = column("predict.column.cvAuc", ClassifierScore::cvAuc);
        cv.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                ClassifierScore s = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(s == null ? null : formats.meanSd(s.cvAuc(), s.cvAucSd()));
            }
        });
        table.getColumns().add(cv);
        table.setRowFactory(t -> highlighted(table, best));
    }

    void risk(TableView<?> view) {
        RiskFactorWording wording = new RiskFactorWording(messages);
        TableView<RiskRow> table = table(view);
        table.getColumns().add(number("predict.column.rank", r -> (double) r.rank(), 0));
        table.getColumns().add(text("predict.column.customer", RiskRow::customer));
        TableColumn<RiskRow, Number> score = column("predict.column.score", RiskRow::score);
        score.setCellFactory(col -> cell(v -> formats.percent(v.doubleValue())));
        table.getColumns().add(score);
        TableColumn<RiskRow, String> factors = text("predict.column.factors", r -> wording.describe(r.factors()));
        factors.setPrefWidth(520);
        table.getColumns().add(factors);
    }

    private <T> TableRow<T> highlighted(TableView<T> table, IntSupplier best) {
        return new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                int index = best.getAsInt();
                boolean isBest = !empty && item != null && index >= 0 && index < table.getItems().size()
                        && table.getItems().get(index) == item;
                setStyle(isBest ? "-fx-font-weight: bold; -fx-background-color: #E8F1FA;" : "");
            }
        };
    }

    private <T> TableColumn<T, String> text(String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    private <T> TableColumn<T, Number> column(String key, Function<T, Double> value) {
        TableColumn<T, Number> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private <T> TableColumn<T, Number> number(String key, Function<T, Double> value, int digits) {
        TableColumn<T, Number> c = column(key, value);
        c.setCellFactory(col -> cell(v -> digits == 0 ? formats.count(v.longValue())
                : formats.number(v.doubleValue(), digits)));
        return c;
    }

    private static <T> TableCell<T, Number> cell(Function<Number, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
