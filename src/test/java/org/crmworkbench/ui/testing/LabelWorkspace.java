package org.crmworkbench.ui.testing;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.Workspace;

/** A workspace whose view is one label with its title: stands in for a real workspace in shell tests. */
public final class LabelWorkspace implements Workspace {
    private final String id;

    public LabelWorkspace(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return "workspace." + id + ".title";
    }

    @Override
    public Node view(Messages messages) {
        Label label = new Label(messages.get(titleKey()));
        label.setId("page-" + id);
        label.getStyleClass().add("page-title");
        return label;
    }
}
