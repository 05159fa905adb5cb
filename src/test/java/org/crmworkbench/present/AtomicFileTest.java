package org.crmworkbench.present;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    private static final byte[] OLD = "the previous file\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aFailureNamesTheFileAskedForNotTheHiddenTemporaryOne() throws IOException {
        Path blocker = dir.resolve("taken");
        Files.write(blocker, OLD);
        Path file = blocker.resolve("report.csv");
        java.nio.file.FileSystemException e = assertThrows(java.nio.file.FileSystemException.class,
                () -> AtomicFile.writeText(file, out -> out.write("x")));
        assertEquals(file.toAbsolutePath().toString(), e.getFile());
        assertFalse(e.getMessage().contains(".part"), e.getMessage());
    }

    @Test
    void aCompleteWriteReplacesTheFileAndLeavesNothingElse() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.write(file, OLD);
        AtomicFile.write(file, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new\n", Files.readString(file));
        AtomicFile.writeText(file, out -> out.write("text \u4e2d\u6587\n"));
        assertEquals("text \u4e2d\u6587\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), files());
    }

    @Test
    void aWriteFailingMidwayLeavesThePreviousFileIntact() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.write(file, OLD);
        assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertThrows(IOException.class, () -> AtomicFile.writeText(file, out -> {
            out.write("half a file");
            throw new IOException("disk full");
        }));
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertEquals(List.of(file), files(), "a temporary file was left behind");
    }

    @Test
    void aCancelledWriteLeavesThePreviousFileOrNone() throws IOException {
        Path file = dir.resolve("out.json");
        Files.write(file, OLD);
        assertThrows(CancelledException.class, () -> AtomicFile.writeText(file, out -> {
            out.write("{");
            new CancelledProgress().checkCancelled();
        }));
        assertArrayEquals(OLD, Files.readAllBytes(file));
        Path absent = dir.resolve("new.json");
        assertThrows(CancelledException.class, () -> AtomicFile.write(absent, out -> {
            out.write('{');
            new CancelledProgress().checkCancelled();
        }));
        assertFalse(Files.exists(absent));
        assertEquals(List.of(file), files());
    }

    @Test
    void writesThroughTheCsvAndTextFrontDoors() throws IOException {
        Path csv = dir.resolve("rows.csv");
        OutputFiles.writeCsv(csv, w -> {
            w.writeRecord("id", "name");
            w.writeRecord("1", "a, b");
        });
        assertEquals("id,name\n1,\"a, b\"\n", Files.readString(csv));
        Path text = dir.resolve("p.json");
        OutputFiles.writeText(text, "{}");
        assertEquals("{}\n", Files.readString(text));
        Files.write(csv, OLD);
        assertThrows(IllegalStateException.class, () -> OutputFiles.writeCsv(csv, w -> {
            w.writeRecord("id");
            throw new IllegalStateException("broken row");
        }));
        assertArrayEquals(OLD, Files.readAllBytes(csv));
        assertEquals(List.of(text, csv), files());
    }

    @Test
    void theWrittenFileFollowsTheUmaskLikeAPlainlyCreatedFile() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        Path written = dir.resolve("written.csv");
        AtomicFile.write(written, out -> out.write(OLD));
        assertEquals(expected, Files.getPosixFilePermissions(written));
        Path text = dir.resolve("written.txt");
        Files.write(text, OLD);
        Files.setPosixFilePermissions(text, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        AtomicFile.writeText(text, out -> out.write("replaced"));
        assertEquals(expected, Files.getPosixFilePermissions(text), "a replaced file is a new file under the umask");
        assertEquals(List.of(plain, written, text), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }
}
