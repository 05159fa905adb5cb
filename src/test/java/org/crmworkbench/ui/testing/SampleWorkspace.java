package org.crmworkbench.ui.testing;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.Workspace;
import org.crmworkbench.ui.jobs.JobRunner;

/** A stand-in workspace for tests and the demo: a title and a button that starts a {@link SampleJob}. */
public final class SampleWorkspace implements Workspace {

    public static final String ID = "sample";

    private final JobRunner jobs;
    private final int steps;
    private final long millisPerStep;

    public SampleWorkspace(JobRunner jobs, int steps, long millisPerStep) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.steps = steps;
        this.millisPerStep = millisPerStep;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "job.sample.name";
    }

    @Override
    public Node view(Messages messages) {
        Label title = new Label(messages.get(titleKey()));
        title.getStyleClass().add("page-title");
        Button start = new Button(messages.get("job.sample.name"));
        start.setId("start-sample");
        start.setOnAction(event -> jobs.job("job.sample.name", SampleJob.steps(steps, millisPerStep)).start());
        VBox page = new VBox(title, start);
        page.getStyleClass().add("page");
        return page;
    }
}
