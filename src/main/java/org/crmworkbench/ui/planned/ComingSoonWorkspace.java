package org.crmworkbench.ui.planned;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.Workspace;

/**
 * A workspace that is not built yet: its page tells the analyst what it will offer. All texts come from
 * the bundle keys {@code workspace.<id>.title}, {@code .lead} and {@code .feature.<n>.title/.text}.
 */
public final class ComingSoonWorkspace implements Workspace {

    /** The workspaces still to come, in navigation order (none since Reports was built). */
    public static final List<String> PLANNED_IDS = List.of();

    private final String id;

    public ComingSoonWorkspace(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    /** A new placeholder for each of {@link #PLANNED_IDS}. */
    public static List<Workspace> plannedWorkspaces() {
        return PLANNED_IDS.stream().<Workspace>map(ComingSoonWorkspace::new).toList();
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
        return new ComingSoonPage(id, messages);
    }
}
