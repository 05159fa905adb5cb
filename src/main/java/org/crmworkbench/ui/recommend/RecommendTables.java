package org.crmworkbench.ui.recommend;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.recommend.RecommendationWording;

/** The tables of the Recommend workspace: columns, headers from the bundle, numbers right-aligned. */
final class RecommendTables {
    private final Messages messages;

    RecommendTables(Messages messages) {
        this.messages = messages;
    }

    void history(TableView<RecommendRows.History> table) {
        table.getColumns().setAll(List.of(
                text("recommend.column.product", RecommendRows.History::product, 220),
                text("recommend.column.category", RecommendRows.History::category, 120),
                number("recommend.column.rating", RecommendRows.History::rating, "%.0f", 70),
                text("recommend.column.date", RecommendRows.History::date, 100),
                number("recommend.column.bought", RecommendRows.History::bought, "%.0f", 90)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    void top(TableView<RecommendRows.Top> table) {
        TableColumn<RecommendRows.Top, String> rank = text("recommend.column.rank", r -> Integer.toString(r.rank()),
                50);
        rank.setStyle("-fx-alignment: CENTER-RIGHT;");
        rank.setMinWidth(44);
        TableColumn<RecommendRows.Top, String> score = text("recommend.column.score", RecommendRows.Top::score, 80);
        score.setStyle("-fx-alignment: CENTER-RIGHT;");
        score.setMinWidth(76);
        TableColumn<RecommendRows.Top, String> why = text("recommend.column.explanation",
                RecommendRows.Top::explanation, 380);
        why.setCellFactory(col -> withTooltip());
        TableColumn<RecommendRows.Top, String> product = text("recommend.column.product",
                RecommendRows.Top::product, 200);
        product.setMinWidth(160);
        TableColumn<RecommendRows.Top, String> source = text("recommend.column.source", RecommendRows.Top::source,
                90);
        source.setMinWidth(86);
        table.getColumns().setAll(List.of(rank, product,
                text("recommend.column.category", RecommendRows.Top::category, 110), score, source, why));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    void similar(TableView<RecommendRows.Similar> table) {
        table.getColumns().setAll(List.of(text("recommend.column.product", RecommendRows.Similar::product, 240),
                text("recommend.column.category", RecommendRows.Similar::category, 130),
                number("recommend.column.similarity", RecommendRows.Similar::similarity, "%.3f", 90),
                text("recommend.column.source", RecommendRows.Similar::source, 110)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    void scores(TableView<AlgorithmScores> table, int n) {
        RecommendationWording wording = new RecommendationWording(messages);
        table.getColumns().setAll(List.of(
                text("recommend.column.method", s -> wording.algorithm(s.algorithm()), 140),
                text("recommend.column.parameters", AlgorithmScores::parameters, 160),
                number(messages.get("recommend.metric.rmse"), AlgorithmScores::rmse),
                number(messages.get("recommend.metric.mae"), AlgorithmScores::mae),
                number(messages.get("recommend.metric.precision", n), AlgorithmScores::precision),
                number(messages.get("recommend.metric.recall", n), AlgorithmScores::recall),
                number(messages.get("recommend.metric.ndcg", n), AlgorithmScores::ndcg),
                number(messages.get("recommend.metric.map", n), AlgorithmScores::map),
                number(messages.get("recommend.metric.hitRate", n), AlgorithmScores::hitRate),
                number(messages.get("recommend.metric.coverage"), AlgorithmScores::coverage),
                number(messages.get("recommend.column.fitSeconds"), AlgorithmScores::fitSeconds),
                number(messages.get("recommend.column.predictSeconds"), AlgorithmScores::predictSeconds)));
    }

    private <R> TableColumn<R, Number> number(String header, Function<R, Double> value) {
        TableColumn<R, Number> c = new TableColumn<>(header);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> cell("%.3f"));
        c.setPrefWidth(82);
        return c;
    }

    private <R> TableColumn<R, Number> number(String key, Function<R, Double> value, String format, double width) {
        TableColumn<R, Number> c = number(messages.get(key), value);
        c.setCellFactory(col -> cell(format));
        c.setPrefWidth(width);
        return c;
    }

    private <R> TableColumn<R, String> text(String key, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A text cell whose whole text also shows as a tooltip (explanations are longer than the column). */
    private static <R> TableCell<R, String> withTooltip() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        };
    }

    private <R> TableCell<R, Number> cell(String format) {
        TableCell<R, Number> cell = new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else {
                    double v = item.doubleValue();
                    setText(Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "\u2013");
                }
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }
}
