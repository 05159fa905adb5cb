package org.crmworkbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code --out} folders of one command, written all or none: the command writes into a hidden staging folder
 * inside each ({@code .workbench-XXXX}), and only when it ends well are the files moved into place together (renames
 * within the folder, so a full disk cannot stop them halfway); a failure, a refusal or a cancel removes the staging
 * folder and leaves the folder's earlier files as they were.
 */
final class OutputFolders {
    private final Map<Path, Path> staged = new LinkedHashMap<>();

    /**
     * The folder to write {@code out}'s files into: {@code out} is created when missing, the staging folder inside it.
     */
    Path stage(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path existing = staged.get(target);
        if (existing != null) {
            return existing;
        }
        Files.createDirectories(target);
        Path staging;
        try {
            staging = Files.createTempDirectory(target, ".workbench-");
        } catch (FileSystemException e) {
            // the staging folder is ours, not the user's: the message names the folder they asked for
            throw naming(e, target.toString());
        }
        staged.put(target, staging);
        return staging;
    }

    /**
     * The path to show for a file the command could not write: a file in a staging folder is named where it was
     * going ({@code out/assignments.csv}), not by its hidden temporary place.
     */
    String shownPath(String file) {
        if (file == null) {
            return null;
        }
        Path p = Path.of(file).toAbsolutePath().normalize();
        for (Map.Entry<Path, Path> folder : staged.entrySet()) {
            if (p.startsWith(folder.getValue())) {
                return folder.getKey().resolve(folder.getValue().relativize(p).toString()).toString();
            }
        }
        return file;
    }

    private static FileSystemException naming(FileSystemException e, String file) {
        FileSystemException named = e instanceof AccessDeniedException
                ? new AccessDeniedException(file, null, e.getReason())
                : new FileSystemException(file, null, e.getReason());
        named.initCause(e);
        return named;
    }

    /** Moves every staged file into its folder and removes the staging folders. */
    void publish() throws IOException {
        for (Map.Entry<Path, Path> folder : staged.entrySet()) {
            for (Path file : files(folder.getValue())) {
                Path destination = folder.getKey().resolve(folder.getValue().relativize(file).toString());
                Files.createDirectories(destination.getParent());
                try {
                    Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        discard();
    }

    /** Removes the staging folders and whatever is in them (quietly: nothing here is the user's). */
    void discard() {
        for (Path staging : staged.values()) {
            try (Stream<Path> walk = Files.walk(staging)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                // left behind: a hidden folder the next run does not read
            }
        }
        staged.clear();
    }

    private static List<Path> files(Path staging) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        return files;
    }
}
