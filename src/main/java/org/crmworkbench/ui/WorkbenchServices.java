package org.crmworkbench.ui;

import java.util.Objects;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.home.AppHome;

/** What the launcher hands to the code that builds the workspaces. */
public record WorkbenchServices(AppHome home, JobRunner jobs) {

    public WorkbenchServices {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(jobs, "jobs");
    }
}
