package org.crmworkbench.ui.jobs;

import java.time.Duration;

/** Formats a job's running time as a clock reading: {@code 0:07}, {@code 12:30}, {@code 1:02:03}. */
final class ElapsedText {

    private ElapsedText() {
    }

    static String format(Duration elapsed) {
        long seconds = Math.max(0, elapsed.getSeconds());
        long hours = seconds / 3600;
        long minutes = (seconds / 60) % 60;
        long secs = seconds % 60;
        if (hours > 0) {
            return String.format("%d:%02d:%02d", hours, minutes, secs);
        }
        return String.format("%d:%02d", minutes, secs);
    }
}
