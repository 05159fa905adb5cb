package org.crmworkbench.ui.engine;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ViewScope;

/**
 * The "Engine: Local / Apache Spark" control of a settings pane, over an {@link EngineOption}. In a build without
 * Spark its button is disabled and a line below says how to build it; with Spark chosen, the line names the master
 * the fits go to. Node ids: {@code <prefix>-engine-local}, {@code <prefix>-engine-spark}, {@code <prefix>-engine-hint}.
 */
public final class EngineChooser {
    private final VBox node = new VBox(4);

    public EngineChooser(String prefix, EngineOption option, Messages messages, ViewScope scope) {
        Objects.requireNonNull(option, "option");
        Label title = new Label(messages.get("engine.choice"));
        RadioButton local = new RadioButton(messages.get("engine.choice.local"));
        local.setId(prefix + "-engine-local");
        RadioButton spark = new RadioButton(messages.get("engine.choice.spark"));
        spark.setId(prefix + "-engine-spark");
        ToggleGroup group = new ToggleGroup();
        local.setToggleGroup(group);
        spark.setToggleGroup(group);
        HBox choices = new HBox(12, local, spark); // the two wrap together below the title in a narrow pane
        choices.setAlignment(Pos.CENTER_LEFT);
        FlowPane buttons = new FlowPane(12, 4, title, choices);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label();
        hint.setId(prefix + "-engine-hint");
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        boolean available = option.sparkAvailable();
        spark.setDisable(!available);
        if (!available) {
            String missing = messages.get("settings.engine.missing", FitEngines.SPARK_BUILD_COMMAND);
            Tooltip.install(buttons, new Tooltip(missing));
            hint.setText(missing);
        }
        scope.follow(option.kindProperty(), kind -> {
            group.selectToggle(kind == EngineKind.SPARK ? spark : local);
            if (available) {
                hint.setText(kind == EngineKind.SPARK
                        ? messages.get("engine.choice.onSpark", option.session().sparkChoice().master()) : "");
            }
            hint.setVisible(!hint.getText().isEmpty());
            hint.setManaged(hint.isVisible());
        });
        group.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null) {
                group.selectToggle(before); // one of the two is always chosen
            } else {
                option.kindProperty().set(after == spark ? EngineKind.SPARK : EngineKind.LOCAL);
            }
        });
        node.getStyleClass().add("engine-chooser");
        node.getChildren().addAll(buttons, hint);
    }

    /** The control, to be put into the settings pane. */
    public Node node() {
        return node;
    }
}
