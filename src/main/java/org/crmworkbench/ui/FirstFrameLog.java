package org.crmworkbench.ui;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs how long after JVM start the first pulse of the main window's scene ran, and starts what waits for it. */
final class FirstFrameLog {

    private static final Logger LOG = LoggerFactory.getLogger(FirstFrameLog.class);

    private FirstFrameLog() {
    }

    /**
     * Logs once, at the first layout pulse of {@code scene} (the frame is painted right after it), then runs
     * {@code afterFirstFrame} (work that would only compete with the first frame for the processor).
     */
    static void watch(Scene scene, long toolkitReadyMillis, Runnable afterFirstFrame) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            long now = System.currentTimeMillis();
            LOG.info("First frame {} ms after JVM start (JavaFX ready after {} ms)",
                    now - jvmStart, toolkitReadyMillis - jvmStart);
            afterFirstFrame.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
