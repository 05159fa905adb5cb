package org.crmworkbench.ui.jobs;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ViewScope;

/** Controller of {@code jobs-panel.fxml}: a collapsible list of running and recent jobs. */
public final class JobsPanelController {

    @FXML private ToggleButton toggle;
    @FXML private Label activeBadge;
    @FXML private Button clearButton;
    @FXML private StackPane body;
    @FXML private VBox rowsBox;
    @FXML private Label placeholder;

    private final JobsViewModel jobs;
    private final Messages messages;
    private final Map<JobRow, Node> rowViews = new IdentityHashMap<>();
    private final ViewScope scope;

    /** @param scope the window view's scope: the job rows are followed through it */
    public JobsPanelController(JobsViewModel jobs, Messages messages, ViewScope scope) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    @FXML
    private void initialize() {
        toggle.selectedProperty().bindBidirectional(jobs.expandedProperty());
        body.visibleProperty().bind(jobs.expandedProperty());
        body.managedProperty().bind(jobs.expandedProperty());
        activeBadge.textProperty().bind(jobs.activeCountProperty().asString());
        activeBadge.visibleProperty().bind(jobs.activeCountProperty().greaterThan(0));
        clearButton.disableProperty().bind(jobs.anyFinishedProperty().not());
        placeholder.visibleProperty().bind(Bindings.isEmpty(jobs.rows()));
        scope.follow(jobs.rows(), this::showRows);
    }

    @FXML
    private void clearFinished() {
        jobs.clearFinished();
    }

    private void showRows() {
        rowViews.keySet().retainAll(jobs.rows());
        rowsBox.getChildren().setAll(jobs.rows().stream()
                .map(row -> rowViews.computeIfAbsent(row, added -> new JobRowView(added, messages)))
                .toList());
    }
}
