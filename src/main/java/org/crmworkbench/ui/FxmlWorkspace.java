package org.crmworkbench.ui;

import java.util.Objects;
import javafx.scene.Node;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.common.ViewSlot;

/**
 * The shape every workspace takes: a long-lived view model (made by the subclass's constructor), and a view loaded
 * from one FXML file whose controller gets the view's {@link ViewScope}. Each {@link #view} releases the scope of the
 * view it replaces, and so does {@link #releaseView}, so a language switch leaves no old view reachable.
 */
public abstract class FxmlWorkspace implements Workspace {
    private final String id;
    private final FxmlView fxml;
    private final ViewSlot slot = new ViewSlot();
    private Messages messages = Messages.english();

    /**
     * @param id   the workspace's id; its title is the bundle key {@code workspace.<id>.title}
     * @param fxml the workspace's view
     */
    protected FxmlWorkspace(String id, FxmlView fxml) {
        this.id = Objects.requireNonNull(id, "id");
        this.fxml = Objects.requireNonNull(fxml, "fxml");
    }

    /** Builds the controller of a new view in the language of {@code messages}, listening through {@code scope}. */
    protected abstract Object controller(Messages messages, ViewScope scope);

    /** The language of the view shown last: what the view model's texts are written in. */
    protected final Messages messages() {
        return messages;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String titleKey() {
        return "workspace." + id + ".title";
    }

    @Override
    public final Node view(Messages current) {
        this.messages = Objects.requireNonNull(current, "messages");
        return slot.load(fxml, scope -> controller(current, scope), current);
    }

    @Override
    public final void useLanguage(Messages current) {
        this.messages = Objects.requireNonNull(current, "messages");
    }

    @Override
    public final void releaseView() {
        slot.release();
    }
}
