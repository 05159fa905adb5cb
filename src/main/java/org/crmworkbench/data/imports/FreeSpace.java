package org.crmworkbench.data.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.i18n.Messages;

/**
 * The room an import needs beside the database file, checked before the first row: a disk that fills up during an
 * import is refused up front instead of failing part-way.
 *
 * <p>A loaded database takes about 1.7 bytes per byte of its CSV input (measured: 49 MB of CSV made an 86 MB file,
 * 239 MB made 401 MB, both bulk loads); {@value #BYTES_PER_INPUT_BYTE} bytes per byte leaves room for the undo log of a
 * one-transaction import, plus a megabyte for H2's own chunks.
 */
final class FreeSpace {
    static final int BYTES_PER_INPUT_BYTE = 3;
    static final long MARGIN = 1L << 20;

    private final Optional<Path> databaseFile;
    private final Messages messages;

    FreeSpace(Optional<Path> databaseFile, Messages messages) {
        this.databaseFile = databaseFile;
        this.messages = messages;
    }

    /** Refuses, naming the folder and both sizes, when fewer bytes are free than {@code inputBytes} needs. */
    void require(long inputBytes) {
        if (databaseFile.isEmpty()) {
            return;
        }
        Path folder = databaseFile.get().toAbsolutePath().getParent();
        long usable;
        try {
            usable = Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return; // a store that cannot say how much room it has is not refused for that
        }
        long needed = needed(inputBytes);
        if (usable < needed) {
            throw new DatabaseException(messages.get("import.error.space", folder, megabytes(needed),
                    megabytes(usable)), null);
        }
    }

    static long needed(long inputBytes) {
        return inputBytes * BYTES_PER_INPUT_BYTE + MARGIN;
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
