package org.crmworkbench.ui.recommend;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.ViewScope;

/**
 * The Evaluation tab's neighbour curve: RMSE and precision of a kNN method against its neighbour count, with the
 * method box, the k slider (each new k is evaluated in the background), the k shown and the sweep button above the
 * chart. It follows the view model through the view's scope.
 */
final class NeighbourCurveView {
    /** The slider's track ends here (a readable track); the view model accepts k up to its range's end. */
    static final int K_TRACK = 200;

    private final ChartPane pane;

    NeighbourCurveView(RecommendViewModel model, Messages messages, ViewScope scope, ChartPane.Exporter exporter) {
        NeighbourCurveModel curve = model.evaluation().curve();
        ComboBox<String> methodBox = new ComboBox<>();
        Slider kSlider = new Slider();
        Label kLabel = new Label();
        Button sweepButton = new Button(messages.get("recommend.action.sweep"));
        pane = new ChartPane("recommend-curve-chart", "neighbour-curve", messages, exporter, methodBox, kSlider,
                kLabel, sweepButton);
        curve.curveMethodChoice().bind(methodBox, messages);
        kSlider.setId("recommend-k-slider");
        kSlider.setBlockIncrement(1);
        kSlider.setMajorTickUnit(1);
        kSlider.setMinorTickCount(0);
        kSlider.setSnapToTicks(true);
        kSlider.setPrefWidth(200);
        SliderSpinner.bind(kSlider, curve.kProperty(), curve.kRange(), K_TRACK, scope);
        kLabel.setMinWidth(60);
        scope.followAll(() -> kLabel.setText(messages.get("recommend.eval.k", curve.kProperty().get())),
                curve.kProperty());
        // the button keeps its whole text (in either language); the slider gives way when the pane is narrow
        sweepButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kSlider.setMinWidth(80);
        sweepButton.setOnAction(e -> curve.sweep());
        sweepButton.disableProperty().bind(model.hasData().not());
        scope.followAll(() -> pane.show(curve.chart(messages)), curve.points(), curve.kProperty(),
                model.corpusProperty());
    }

    Node node() {
        return pane.node();
    }
}
