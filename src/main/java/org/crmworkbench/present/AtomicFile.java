package org.crmworkbench.present;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a hidden temporary file beside it, moved into place once complete (an
 * atomic move where the file system allows one). A write that fails or is cancelled leaves the previous file (or
 * none) and no temporary file behind. Every file the workbench writes for a person (exports, reports, settings)
 * goes through here.
 */
public final class AtomicFile {
    /** What goes into the file, as bytes. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** What goes into the file, as text (written as UTF-8). */
    @FunctionalInterface
    public interface TextBody {
        void write(Writer out) throws IOException;
    }

    @FunctionalInterface
    private interface Fill {
        void into(Path temporary) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code body} to {@code file}, replacing it only once the body has written everything. */
    public static void write(Path file, Body body) throws IOException {
        replace(file, temporary -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                body.write(out);
            }
        });
    }

    /** Writes {@code body} to {@code file} as UTF-8 text, replacing it only once the body has written everything. */
    public static void writeText(Path file, TextBody body) throws IOException {
        replace(file, temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                body.write(out);
            }
        });
    }

    private static void replace(Path file, Fill fill) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        boolean moved = false;
        try {
            fill.into(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
