package org.crmworkbench.ui.recommend;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.ViewScope;

/**
 * The Evaluation tab's comparison: the table of every method's scores above their chart. Its headers name the
 * list length the scores were judged at; it follows the view model through the view's scope.
 */
final class ComparisonView {
    private final SplitPane node;

    ComparisonView(RecommendViewModel model, Messages messages, ViewScope scope, ChartPane.Exporter exporter) {
        EvaluationViewModel eval = model.evaluation();
        RecommendTables tables = new RecommendTables(messages);
        TableView<AlgorithmScores> table = new TableView<>();
        ChartPane chart = new ChartPane("recommend-comparison-chart", "recommend-comparison", messages, exporter);
        tables.scores(table, eval.nProperty().get());
        table.setItems(eval.scores());
        table.setPlaceholder(new Label(messages.get("recommend.eval.hint")));
        node = new SplitPane(table, chart.node());
        node.setOrientation(Orientation.VERTICAL);
        node.setDividerPositions(0.3);
        scope.followAll(() -> {
            chart.show(eval.comparisonChart(messages));
            if (!eval.scores().isEmpty()) {
                tables.scores(table, eval.scores().get(0).n());
            }
        }, eval.scores(), model.corpusProperty());
    }

    Node node() {
        return node;
    }
}
