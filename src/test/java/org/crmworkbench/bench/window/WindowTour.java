package org.crmworkbench.bench.window;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.ui.WorkbenchApp;
import org.crmworkbench.ui.WorkbenchWindow;
import org.crmworkbench.ui.Workspace;

/**
 * Child process of the window benchmark (not a test): opens the workbench as {@code app/workbench} does, on the
 * database named by {@code -Dcrmworkbench.db} (a new one is filled with the bundled sample), waits until its
 * start-up jobs are done, then shows every workspace in turn, waiting each time until the jobs it started have
 * finished. Prints one line {@code first-frame ms cpu-ms} at the first frame and, after the tour, one line per
 * workspace and a {@code memory} line (live heap after a full collection, committed heap, resident set and its
 * peak, in MB). Exits with 0, or 1 when a wait runs out.
 */
public final class WindowTour {
    private static final long SETTLE_MS = 2_000;
    private static final long WAIT_MS = 240_000;

    private WindowTour() {
    }

    public static void main(String[] args) throws Exception {
        AtomicLong firstFrame = new AtomicLong();
        CompletableFuture<WorkbenchWindow> opened = new CompletableFuture<>();
        new WorkbenchApp(AppHome.fromSystemProperties(), Path.of(System.getProperty("crmworkbench.db")))
                .open().thenAccept(window -> {
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        window.stage().getScene().removePostLayoutPulseListener(once[0]);
                        System.out.printf(Locale.ROOT, "first-frame %d %d%n", sinceStart(), cpuMillis());
                        System.out.flush();
                        firstFrame.set(System.currentTimeMillis()); // after the line: the main thread may exit now
                    };
                    window.stage().getScene().addPostLayoutPulseListener(once[0]);
                    opened.complete(window);
                });
        WorkbenchWindow window = opened.get(WAIT_MS, TimeUnit.MILLISECONDS);
        if (Boolean.getBoolean("tour.firstFrameOnly")) {
            while (firstFrame.get() == 0) {
                Thread.sleep(10);
            }
            System.out.flush();
            System.exit(0); // not halt: a class-data archive asked for is written at a normal exit
        }
        boolean ok = settle(window, true);
        StringBuilder lines = new StringBuilder();
        for (Workspace workspace : window.workbench().workspaces()) {
            long start = System.currentTimeMillis();
            Platform.runLater(() -> window.workbench().select(workspace.id()));
            ok &= settle(window, false);
            long took = System.currentTimeMillis() - start - SETTLE_MS;
            lines.append(String.format(Locale.ROOT, "workspace %s %d %.0f%n", workspace.id(), took, liveHeapMb()));
        }
        System.out.print(lines);
        System.out.printf(Locale.ROOT, "memory %.0f %.0f %.0f %.0f%n", liveHeapMb(),
                Runtime.getRuntime().totalMemory() / 1048576.0, procStatusMb("VmRSS"), procStatusMb("VmHWM"));
        System.out.flush();
        Thread.sleep(Long.getLong("tour.holdSeconds", 0) * 1000);
        Runtime.getRuntime().halt(ok && firstFrame.get() > 0 ? 0 : 1);
    }

    /** Waits until no job has run for {@link #SETTLE_MS} (after at least one ran, when {@code first}). */
    private static boolean settle(WorkbenchWindow window, boolean first) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        boolean seen = !first;
        long quietSince = -1;
        while (System.currentTimeMillis() < deadline) {
            CompletableFuture<Integer> active = new CompletableFuture<>();
            Platform.runLater(() -> active.complete(window.jobs().activeCountProperty().get()));
            int n = active.get(WAIT_MS, TimeUnit.MILLISECONDS);
            long now = System.currentTimeMillis();
            if (n > 0) {
                seen = true;
                quietSince = -1;
            } else if (seen && quietSince < 0) {
                quietSince = now;
            } else if (seen && now - quietSince >= SETTLE_MS) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static long cpuMillis() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
    }

    static double liveHeapMb() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed() / 1048576.0;
    }

    /** A size from /proc/self/status in MB, or NaN where there is none. */
    static double procStatusMb(String field) {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
