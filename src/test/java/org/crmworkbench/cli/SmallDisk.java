package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real small disk for storage-fault tests: a tmpfs of a few kilobytes or megabytes mounted on a folder, which can be
 * made read-only. Mounting needs root (or CAP_SYS_ADMIN); {@link #mount} says why it could not, so a test can skip
 * with that reason on machines that do not allow it.
 */
final class SmallDisk implements AutoCloseable {
    private final Path folder;
    private boolean mounted;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    /** The outcome of trying to mount: the disk, or why there is none. */
    record Attempt(SmallDisk disk, String whyNot) {
    }

    /** Mounts a tmpfs of {@code size} (as mount(8) reads it, e.g. {@code 2m}, {@code 64k}) on {@code folder}. */
    static Attempt mount(Path folder, String size) {
        try {
            Files.createDirectories(folder);
            String said = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0777", "tmpfs", folder.toString());
            if (said != null) {
                return new Attempt(null, "this machine does not allow mounting a small tmpfs (" + said + ")");
            }
            SmallDisk disk = new SmallDisk(folder);
            disk.mounted = true;
            return new Attempt(disk, null);
        } catch (IOException e) {
            return new Attempt(null, "mount(8) could not be run here (" + e.getMessage() + ")");
        }
    }

    Path folder() {
        return folder;
    }

    /** Makes the whole disk read-only (for root too, unlike file permissions). */
    void readOnly() throws IOException {
        String said = run("mount", "-o", "remount,ro", folder.toString());
        if (said != null) {
            throw new IOException("cannot remount " + folder + " read-only: " + said);
        }
    }

    @Override
    public void close() throws IOException {
        if (mounted) {
            String said = run("umount", "-l", folder.toString());
            mounted = false;
            if (said != null) {
                throw new IOException("cannot unmount " + folder + ": " + said);
            }
        }
    }

    /** Runs a command; null when it succeeded, else what it said. */
    private static String run(String... command) throws IOException {
        List<String> c = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return "interrupted";
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.exitValue() == 0 ? null : "exit " + p.exitValue() + (out.isEmpty() ? "" : ": " + out);
    }
}
