package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.common.PinnedView;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.FxmlView;

/**
 * Controller of {@code import-wizard.fxml}: the step bar, the current step's pane (each step has its own FXML
 * and controller, loaded when first shown), the notice line and the Back / Next / Close buttons. While a check or
 * an import runs it samples their progress ten times a second.
 */
public final class ImportWizardController {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    @FXML private HBox stepBar;
    @FXML private StackPane stepSlot;
    @FXML private Label notice;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button closeButton;

    private final ImportWizardViewModel wizard;
    private final Messages messages;
    private final Map<WizardStep, Node> panes = new EnumMap<>(WizardStep.class);
    private final Map<WizardStep, Label> stepLabels = new EnumMap<>(WizardStep.class);
    private final ViewScope listeners;
    private final Timeline sampler = new Timeline(new KeyFrame(Duration.millis(100), event -> sample()));

    /** @param scope the scope of the Data view the wizard is part of; its steps listen through it too */
    public ImportWizardController(ImportWizardViewModel wizard, Messages messages, ViewScope scope) {
        this.wizard = Objects.requireNonNull(wizard, "wizard");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.listeners = Objects.requireNonNull(scope, "scope");
    }

    @FXML
    private void initialize() {
        for (WizardStep step : WizardStep.values()) {
            Label label = new Label(messages.get("import.step.numbered", step.ordinal() + 1, messages.get(step.titleKey())));
            label.getStyleClass().add("wizard-step");
            label.setId("wizard-step-" + step.name().toLowerCase(java.util.Locale.ROOT));
            stepLabels.put(step, label);
            stepBar.getChildren().add(label);
        }
        backButton.disableProperty().bind(wizard.canGoBackBinding().not());
        nextButton.disableProperty().bind(wizard.canGoNextBinding().not());
        closeButton.disableProperty().bind(wizard.canCloseBinding().not());
        listeners.follow(wizard.stepProperty(), this::showStep);
        listeners.follow(wizard.noticeProperty(), n -> {
            notice.setText(n == null ? "" : n.text(messages));
            notice.setVisible(n != null);
            notice.setManaged(n != null);
        });
        sampler.setCycleCount(Animation.INDEFINITE);
        listeners.follow(wizard.run().phaseProperty(), phase -> {
            if (phase == ImportPhase.CHECKING || phase == ImportPhase.IMPORTING) {
                sampler.play();
            } else {
                sampler.stop();
            }
        });
    }

    @FXML
    private void next() {
        wizard.next();
    }

    @FXML
    private void back() {
        wizard.back();
    }

    @FXML
    private void close() {
        wizard.close();
    }

    private void sample() {
        wizard.run().sampleProgress();
    }

    private void showStep(WizardStep step) {
        for (WizardStep s : WizardStep.values()) {
            Label label = stepLabels.get(s);
            label.pseudoClassStateChanged(CURRENT, s == step);
            label.pseudoClassStateChanged(DONE, s.ordinal() < step.ordinal());
        }
        nextButton.setText(messages.get(switch (step) {
            case MAPPING -> "import.next.check";
            case CHECK, IMPORT -> "import.next.import";
            case SUMMARY -> "import.next.done";
            default -> "import.next";
        }));
        stepSlot.getChildren().setAll(panes.computeIfAbsent(step, this::load));
    }

    private Node load(WizardStep step) {
        return switch (step) {
            case FILE -> PinnedView.load(FxmlView.IMPORT_FILE, new FileStepController(wizard, messages), messages);
            case PREVIEW -> PinnedView.load(FxmlView.IMPORT_PREVIEW,
                    new PreviewStepController(wizard, messages, listeners), messages);
            case MAPPING -> PinnedView.load(FxmlView.IMPORT_MAPPING,
                    new MappingStepController(wizard.mapping(), messages, listeners), messages);
            case CHECK -> PinnedView.load(FxmlView.IMPORT_CHECK,
                    new CheckStepController(wizard.run(), messages, listeners), messages);
            case IMPORT -> PinnedView.load(FxmlView.IMPORT_RUN, new RunStepController(wizard, messages, listeners),
                    messages);
            case SUMMARY -> PinnedView.load(FxmlView.IMPORT_SUMMARY,
                    new SummaryStepController(wizard, messages, listeners), messages);
        };
    }
}
