package org.crmworkbench.ui;

import java.util.Objects;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.ui.engine.FitEngineSession;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * What the launcher hands to the code that builds the workspaces: the home folder, the window's job runner and the
 * window's engines for the big fits.
 */
public record WorkbenchServices(AppHome home, JobRunner jobs, FitEngineSession engines) {

    public WorkbenchServices {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(engines, "engines");
    }

    /** With the engines of the application's class path. */
    public WorkbenchServices(AppHome home, JobRunner jobs) {
        this(home, jobs, new FitEngineSession(new FitEngines()));
    }
}
