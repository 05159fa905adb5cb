package org.crmworkbench.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A Spark fit followed by a Smile fit in one process (the window does this when an analyst runs ALS on Spark and
 * then a regression) must not end the process: {@link NativeBlasOrder}. Each case runs in a new JVM, since which
 * native library loads first is decided once per process.
 */
class NativeBlasOrderTest {

    @Test
    void smileStillWorksAfterASparkFitInTheSameProcess() throws Exception {
        Run run = child("spark");
        assertEquals(0, run.status, run.output);
        assertTrue(run.output.contains("ok"), run.output);
    }

    @Test
    void withoutThePrecautionTheTwoLibrariesClashWhereTheSystemHasABlas() throws Exception {
        Run run = child("netlib-first");
        if (run.status == 0) {
            System.out.println("note: no system BLAS for netlib here, so no clash to show: " + run.output.trim());
            return;
        }
        assertTrue(run.output.contains("undefined symbol"), "the clash the precaution avoids: " + run.output);
    }

    private record Run(int status, String output) {
    }

    private static Run child(String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + Path.of("app", "spark-jvm.options").toAbsolutePath());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SparkThenSmile.class.getName());
        command.add(mode);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the child finished");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
