package org.crmworkbench.ui.jobs;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;

/**
 * The view of one {@link JobRow}: name, stage, progress bar, elapsed time and Cancel; for a failure, the readable
 * message with the stack trace behind a "Show details" link. The state is exposed as a pseudo-class
 * ({@code :queued}, {@code :running}, {@code :failed}, ...) for the stylesheet.
 */
final class JobRowView extends VBox {

    private final BooleanProperty detailsShown = new SimpleBooleanProperty(false);
    private final ChangeListener<JobState> stateListener = (observable, before, after) -> showState(before, after);

    JobRowView(JobRow row, Messages messages) {
        getStyleClass().add("job-row");

        Region dot = new Region();
        dot.getStyleClass().add("job-dot");
        Label name = label("job-name");
        name.textProperty().bind(row.nameProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label elapsed = label("job-elapsed");
        elapsed.textProperty().bind(row.elapsedProperty());
        Button cancel = new Button(messages.get("jobs.cancel"));
        cancel.getStyleClass().add("job-cancel");
        cancel.visibleProperty().bind(row.cancellableProperty());
        cancel.managedProperty().bind(row.cancellableProperty());
        cancel.setOnAction(event -> row.cancel());
        HBox top = new HBox(dot, name, spacer, elapsed, cancel);
        top.getStyleClass().add("job-top");

        Label stage = label("job-stage");
        stage.textProperty().bind(row.stageTextProperty());

        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("job-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(row.progressProperty());
        BooleanBinding running = row.stateProperty().isEqualTo(JobState.RUNNING);
        bar.visibleProperty().bind(running);
        bar.managedProperty().bind(running);

        BooleanBinding failed = row.failureMessageProperty().isNotEmpty();
        Label failure = label("job-failure");
        failure.setWrapText(true);
        failure.textProperty().bind(row.failureMessageProperty());
        failure.visibleProperty().bind(failed);
        failure.managedProperty().bind(failed);

        Hyperlink detailsLink = new Hyperlink();
        detailsLink.getStyleClass().add("job-details-link");
        detailsLink.textProperty().bind(Bindings.when(detailsShown)
                .then(messages.get("jobs.details.hide")).otherwise(messages.get("jobs.details.show")));
        detailsLink.visibleProperty().bind(failed);
        detailsLink.managedProperty().bind(failed);
        detailsLink.setOnAction(event -> detailsShown.set(!detailsShown.get()));

        TextArea details = new TextArea();
        details.getStyleClass().add("job-details");
        details.setEditable(false);
        details.setPrefRowCount(8);
        details.textProperty().bind(row.failureDetailsProperty());
        BooleanBinding detailsVisible = failed.and(detailsShown);
        details.visibleProperty().bind(detailsVisible);
        details.managedProperty().bind(detailsVisible);

        VBox body = new VBox(stage, bar, failure, detailsLink, details);
        body.getStyleClass().add("job-body");
        getChildren().addAll(top, body);
        row.stateProperty().addListener(new WeakChangeListener<>(stateListener));
        showState(null, row.stateProperty().get());
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void showState(JobState before, JobState after) {
        if (before != null) {
            pseudoClassStateChanged(pseudoClass(before), false);
        }
        if (after != null) {
            pseudoClassStateChanged(pseudoClass(after), true);
        }
    }

    private static PseudoClass pseudoClass(JobState state) {
        return PseudoClass.getPseudoClass(state.name().toLowerCase(Locale.ROOT));
    }
}
