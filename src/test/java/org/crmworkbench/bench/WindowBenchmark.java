package org.crmworkbench.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmworkbench.bench.window.BareWindow;
import org.crmworkbench.bench.window.WindowTour;

/**
 * Issue 19 point 5, the window (not a test): the first frame and the memory held after visiting every workspace,
 * each beside a bare JavaFX window of the same size started with the same JVM options in the same run.
 *
 * <p>The children run as {@code app/workbench} runs the window: the options of {@code app/window-jvm.options},
 * {@code MALLOC_ARENA_MAX=2}, the JavaFX modules, and a class-data archive recorded by one earlier start (as the launcher's first start records
 * it). Rounds alternate ours and the bare window; medians are printed. Then one {@link WindowTour} on a new data
 * folder: the bundled sample is loaded and every workspace shown until its jobs are done. Needs a display: the
 * current {@code DISPLAY}, or an Xvfb started for the run.
 */
public final class WindowBenchmark {
    private static final Pattern FIRST = Pattern.compile("first-frame (\\d+) (\\d+)");
    private static final Pattern MEMORY = Pattern.compile("memory (\\d+) (\\d+) (\\d+) (\\d+)");
    private static final Pattern WORKSPACE = Pattern.compile("workspace (\\S+) (\\d+) (\\d+)");

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(BenchFigure.table(measure(Path.of("").toAbsolutePath(), Integer.getInteger("bench.rounds", 3))));
    }

    static List<BenchFigure> measure(Path root, int rounds) throws Exception {
        List<BenchFigure> figures = new ArrayList<>();
        Path work = Files.createTempDirectory("wb-window-bench");
        Process xvfb = null;
        try {
            Map<String, String> env = new HashMap<>();
            String display = System.getenv("DISPLAY");
            if (display == null || display.isBlank()) {
                display = ":" + (90 + (int) (ProcessHandle.current().pid() % 9));
                try {
                    xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                            .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
                    Thread.sleep(1500);
                } catch (IOException e) {
                    figures.add(new BenchFigure("5", "window", "not measured: no DISPLAY and no Xvfb", "-", "-",
                            null));
                    return figures;
                }
            }
            env.put("DISPLAY", display);
            env.put("MALLOC_ARENA_MAX", "2"); // as app/workbench sets it for the window
            Path tourJar = tourJar(work);
            Path archive = work.resolve("window.jsa");
            String classPath = String.join(java.io.File.pathSeparator, root.resolve("target/crm-workbench.jar").toString(),
                    root.resolve("target/lib/*").toString(), tourJar.toString());
            // the launcher's first start: records the archive later starts map
            Processes.Run recording = Processes.run(root, env, command(root, classPath, work.resolve("home0"),
                    "-XX:ArchiveClassesAtExit=" + archive, WindowTour.class.getName(), true), 300);
            System.out.printf(Locale.ROOT, "window: first start (records the class-data archive): first frame %.2f s%n",
                    first(recording.output())[0] / 1e3);
            List<String> mapArchive = List.of("-XX:SharedArchiveFile=" + archive);
            double[] ours = new double[rounds];
            double[] oursCpu = new double[rounds];
            double[] bare = new double[rounds];
            double[] bareRss = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                String o = Processes.run(root, env, command(root, classPath, work.resolve("home0"),
                        mapArchive.get(0), WindowTour.class.getName(), true), 300).output();
                String b = Processes.run(root, env, command(root, classPath, work.resolve("home0"),
                        mapArchive.get(0), BareWindow.class.getName(), false), 300).output();
                long[] of = first(o);
                long[] bf = first(b);
                ours[r] = of[0] / 1e3;
                oursCpu[r] = of[1] / 1e3;
                bare[r] = bf[0] / 1e3;
                bareRss[r] = memory(b)[2];
                System.out.printf(Locale.ROOT, "window: round %d first frame ours %.2f s (cpu %.2f s), bare window %.2f s"
                        + " (cpu %.2f s)%n", r + 1, ours[r], oursCpu[r], bare[r], bf[1] / 1e3);
            }
            double oursMedian = Processes.median(ours);
            double bareMedian = Processes.median(bare);
            figures.add(new BenchFigure("5", "window: first frame after JVM start (median of " + rounds + ")",
                    String.format(Locale.ROOT, "%.2f s (cpu %.2f s)", oursMedian, Processes.median(oursCpu)),
                    "bare JavaFX window " + BenchFigure.seconds(bareMedian), "<= 2 s on a quiet machine",
                    oursMedian <= 2.0));
            Processes.Run tour = Processes.run(root, env, command(root, classPath, work.resolve("home1"),
                    mapArchive.get(0), WindowTour.class.getName(), false), 1200);
            Matcher w = WORKSPACE.matcher(tour.output());
            StringBuilder visits = new StringBuilder();
            while (w.find()) {
                visits.append(visits.length() == 0 ? "" : ", ").append(w.group(1)).append(' ').append(w.group(3))
                        .append(" MB");
            }
            System.out.println("window: live heap after each workspace's jobs: " + visits);
            long[] m = memory(tour.output());
            if (tour.status() != 0 || m == null) {
                figures.add(new BenchFigure("5", "window: memory after visiting every workspace",
                        "FAILED (exit " + tour.status() + ")", "-", "< 800 MB", false));
                System.out.println(tour.output());
                return figures;
            }
            figures.add(new BenchFigure("5", "window: resident memory after visiting every workspace (sample data)",
                    BenchFigure.megabytes(m[2]), "bare JavaFX window " + BenchFigure.megabytes(Processes.median(bareRss)),
                    "< 800 MB", m[2] < 800));
            figures.add(new BenchFigure("5", "window: live heap after a full collection / heap committed",
                    BenchFigure.megabytes(m[0]) + " / " + BenchFigure.megabytes(m[1]), "-", "-", null));
            figures.add(new BenchFigure("5", "window: peak resident memory (the sample loaded on first start)",
                    BenchFigure.megabytes(m[3]), "-", "-", null));
            return figures;
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
            ImportBenchmark.deleteTree(work);
        }
    }

    private static List<String> command(Path root, String classPath, Path home, String cds, String main,
                                        boolean firstFrameOnly) {
        List<String> c = new ArrayList<>(List.of(Processes.java(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off", cds,
                "@" + root.resolve("app/window-jvm.options"),
                "--module-path", root.resolve("target/fx").toString(),
                "--add-modules", "javafx.controls,javafx.fxml,javafx.swing",
                "-Dcrmworkbench.home=" + home, "-Dcrmworkbench.db=" + home.resolve("workbench"),
                "-Dcrmworkbench.log.level=WARN", "-Dtour.firstFrameOnly=" + firstFrameOnly, "-cp", classPath, main));
        return c;
    }

    private static long[] first(String output) {
        Matcher m = FIRST.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("the window printed no first frame:\n" + output);
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    private static long[] memory(String output) {
        Matcher m = MEMORY.matcher(output);
        return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
            Long.parseLong(m.group(3)), Long.parseLong(m.group(4))} : null;
    }

    /** The two child classes in a jar: a class-data archive cannot be recorded with a folder on the class path. */
    private static Path tourJar(Path work) throws IOException {
        Path jar = work.resolve("tour.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Class<?> c : List.of(WindowTour.class, BareWindow.class)) {
                String name = c.getName().replace('.', '/') + ".class";
                try (var in = c.getClassLoader().getResourceAsStream(name)) {
                    j.putNextEntry(new JarEntry(name));
                    in.transferTo(j);
                    j.closeEntry();
                }
            }
        }
        return jar;
    }
}
