package org.crmworkbench.ui.jobs;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;

/**
 * Samples the jobs' progress on the FX thread at a fixed rate while any job is active, so workers never post
 * one update per step. Idle when nothing runs.
 */
public final class ProgressTicker {

    /** About ten samples a second. */
    public static final Duration DEFAULT_PERIOD = Duration.millis(100);

    private final JobsViewModel jobs;
    private final Timeline timeline;
    private final ChangeListener<Number> activeListener = (observable, before, after) -> follow(after.intValue());

    public ProgressTicker(JobsViewModel jobs, Duration period) {
        this.jobs = jobs;
        this.timeline = new Timeline(new KeyFrame(period, event -> jobs.refresh()));
        timeline.setCycleCount(Animation.INDEFINITE);
        jobs.activeCountProperty().addListener(activeListener);
        follow(jobs.activeCountProperty().get());
    }

    public ProgressTicker(JobsViewModel jobs) {
        this(jobs, DEFAULT_PERIOD);
    }

    public void stop() {
        jobs.activeCountProperty().removeListener(activeListener);
        timeline.stop();
    }

    private void follow(int active) {
        if (active > 0) {
            timeline.play();
        } else {
            timeline.stop();
        }
    }
}
