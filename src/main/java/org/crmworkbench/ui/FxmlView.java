package org.crmworkbench.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.TableFit;

/**
 * Every FXML file of the application, loaded with a controller that the caller built with its dependencies.
 * The controller named by {@code fx:controller} must match the one given, or loading fails loudly.
 */
public enum FxmlView {
    WORKBENCH("/org/crmworkbench/ui/workbench.fxml"),
    JOBS_PANEL("/org/crmworkbench/ui/jobs/jobs-panel.fxml"),
    SETTINGS("/org/crmworkbench/ui/settings/settings-dialog.fxml"),
    TEAM_DATABASE("/org/crmworkbench/ui/team/team-database-dialog.fxml"),
    DATA_WORKSPACE("/org/crmworkbench/ui/datasets/data-workspace.fxml"),
    IMPORT_WIZARD("/org/crmworkbench/ui/datasets/import-wizard.fxml"),
    SEGMENTS_WORKSPACE("/org/crmworkbench/ui/segments/segments-workspace.fxml"),
    RECOMMEND_WORKSPACE("/org/crmworkbench/ui/recommend/recommend-workspace.fxml"),
    PREDICT_WORKSPACE("/org/crmworkbench/ui/predict/predict-workspace.fxml"),
    PREDICT_SPEND("/org/crmworkbench/ui/predict/spend-pane.fxml"),
    PREDICT_CHURN("/org/crmworkbench/ui/predict/churn-pane.fxml"),
    FORECAST_WORKSPACE("/org/crmworkbench/ui/forecast/forecast-workspace.fxml"),
    VALUE_WORKSPACE("/org/crmworkbench/ui/value/value-workspace.fxml"),
    BASKET_WORKSPACE("/org/crmworkbench/ui/basket/basket-workspace.fxml"),
    SALES_WORKSPACE("/org/crmworkbench/ui/sales/sales-workspace.fxml"),
    FEEDBACK_WORKSPACE("/org/crmworkbench/ui/feedback/feedback-workspace.fxml"),
    ASSISTANT_WORKSPACE("/org/crmworkbench/ui/assistant/assistant-workspace.fxml"),
    REPORTS_WORKSPACE("/org/crmworkbench/ui/reports/reports-workspace.fxml"),
    IMPORT_FILE("/org/crmworkbench/ui/datasets/import-file.fxml"),
    IMPORT_PREVIEW("/org/crmworkbench/ui/datasets/import-preview.fxml"),
    IMPORT_MAPPING("/org/crmworkbench/ui/datasets/import-mapping.fxml"),
    IMPORT_CHECK("/org/crmworkbench/ui/datasets/import-check.fxml"),
    IMPORT_RUN("/org/crmworkbench/ui/datasets/import-run.fxml"),
    IMPORT_SUMMARY("/org/crmworkbench/ui/datasets/import-summary.fxml");

    private final String resource;

    FxmlView(String resource) {
        this.resource = resource;
    }

    /** The class-path resource of the FXML file. */
    public String resource() {
        return resource;
    }

    /**
     * Loads the view with {@code %key} texts from {@code messages} and the given controller instance; its tables are
     * fitted ({@link TableFit}: headers whole, cut cells with a tooltip).
     */
    public Parent load(Object controller, Messages messages) {
        Objects.requireNonNull(controller, "controller");
        URL url = FxmlView.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("FXML resource missing: " + resource);
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(resource + " asks for a " + type.getName()
                        + " controller but was given a " + controller.getClass().getName());
            }
            return controller;
        });
        try {
            Parent view = loader.load();
            TableFit.applyTo(view);
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + resource, e);
        }
    }
}
