package org.crmworkbench.bench.window;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The window benchmark's reference (not a test): the least a JavaFX window costs on this machine, a stage of the
 * workbench's size with one label, started the way the workbench starts JavaFX. Prints {@code first-frame ms cpu-ms}
 * at its first frame and a {@code memory} line like {@link WindowTour}'s, then exits.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(new Label("CRM Workbench")), 1400, 900);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.printf(Locale.ROOT, "first-frame %d %d%n", ms, WindowTour.cpuMillis());
                new Thread(() -> {
                    System.out.printf(Locale.ROOT, "memory %.0f %.0f %.0f %.0f%n", WindowTour.liveHeapMb(),
                            Runtime.getRuntime().totalMemory() / 1048576.0, WindowTour.procStatusMb("VmRSS"),
                            WindowTour.procStatusMb("VmHWM"));
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }).start();
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.show();
        });
    }
}
