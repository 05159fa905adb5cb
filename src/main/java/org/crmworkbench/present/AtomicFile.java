package org.crmworkbench.present;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a hidden temporary file beside it, moved into place once complete (an
 * atomic move where the file system allows one). A write that fails or is cancelled leaves the previous file (or
 * none) and no temporary file behind. Every file the workbench writes for a person (exports, reports, settings)
 * goes through here. The file gets the permissions a plainly created file gets (the user's umask), not the
 * owner-only ones of {@link Files#createTempFile}.
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
        Path temporary;
        try {
            temporary = createTemporary(target);
        } catch (FileSystemException e) {
            throw named(e, target);
        }
        boolean moved = false;
        try {
            fill.into(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (FileSystemException e) {
            throw named(e, target);
        } catch (IOException e) {
            throw new FileSystemException(target.toString(), null, e.getMessage());
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * The same failure named by the file the person asked for rather than the hidden temporary file (whose name would
     * mean nothing to them); a missing folder stays a {@link NoSuchFileException}, a refused one an
     * {@link AccessDeniedException}.
     */
    private static FileSystemException named(FileSystemException e, Path target) {
        FileSystemException renamed;
        if (e instanceof NoSuchFileException) {
            renamed = new NoSuchFileException(target.toString(), null, e.getReason());
        } else if (e instanceof AccessDeniedException) {
            renamed = new AccessDeniedException(target.toString(), null, e.getReason());
        } else {
            renamed = new FileSystemException(target.toString(), null, e.getReason());
        }
        renamed.initCause(e);
        return renamed;
    }

    /**
     * A new, empty, hidden file beside {@code target}, created the plain way (no permission attributes) so the file
     * system gives it the mode any new file gets under the process umask; a fresh random name each attempt.
     */
    private static Path createTemporary(Path target) throws IOException {
        Path folder = target.getParent();
        String prefix = "." + target.getFileName() + ".";
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".part");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 99) {
                    throw e;
                }
            }
        }
    }
}
