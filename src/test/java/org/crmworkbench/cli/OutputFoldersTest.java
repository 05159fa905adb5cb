package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A verb's --out files arrive together or not at all, and a file that cannot be written is named in one sentence. */
class OutputFoldersTest {
    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void filesReachTheFolderOnlyWhenPublishedAndADiscardLeavesTheEarlierFiles() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("metrics.json"), "earlier");
        OutputFolders failed = new OutputFolders();
        Path staging = failed.stage(out);
        Files.writeString(staging.resolve("metrics.json"), "new");
        Files.writeString(staging.resolve("scatter.png"), "png");
        failed.discard();
        assertEquals(List.of("metrics.json"), names(out), "a failed run leaves the folder as it was");
        assertEquals("earlier", Files.readString(out.resolve("metrics.json")));

        OutputFolders done = new OutputFolders();
        Path again = done.stage(out.resolve("..").resolve("out"));
        assertEquals(again, done.stage(out), "one staging folder per folder");
        Files.writeString(again.resolve("metrics.json"), "new");
        Files.writeString(again.resolve("scatter.png"), "png");
        done.publish();
        assertEquals(List.of("metrics.json", "scatter.png"), names(out));
        assertEquals("new", Files.readString(out.resolve("metrics.json")));
        assertFalse(Files.exists(again));
    }

    @Test
    void aVerbWritesAllItsFilesAndLeavesNoStagingFolder() throws Exception {
        CommandRun cli = new CommandRun(dir);
        Path points = dir.resolve("points.csv");
        StringBuilder sb = new StringBuilder("id,x,y\n");
        for (int i = 0; i < 60; i++) {
            sb.append(i).append(',').append(i % 2 == 0 ? i % 7 : 50 + i % 5).append(',').append(i % 3).append('\n');
        }
        Files.writeString(points, sb.toString());
        Path out = dir.resolve("out");
        assertEquals(0, cli.run("segment", "--input", points.toString(), "--k", "2", "--out", out.toString()),
                cli.stderr);
        List<String> written = names(out);
        assertTrue(written.contains("assignments.csv") && written.contains("metrics.json"), written.toString());
        assertTrue(written.stream().noneMatch(n -> n.startsWith(".")), "no staging folder left: " + written);
    }

    @Test
    void anOutFolderThatCannotBeMadeIsNamedInOneSentence() throws Exception {
        CommandRun cli = new CommandRun(dir);
        Path points = dir.resolve("points.csv");
        Files.writeString(points, "id,x\n1,1\n2,2\n3,9\n4,10\n5,1\n6,9\n");
        Path blocker = dir.resolve("taken");
        Files.writeString(blocker, "a file where the folder should be");
        assertEquals(1, cli.run("segment", "--input", points.toString(), "--k", "2", "--out",
                blocker.resolve("out").toString()));
        List<String> lines = cli.stderr.strip().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("Cannot write " + blocker), cli.stderr);
        assertTrue(lines.get(lines.size() - 1).endsWith("Nothing was written there."), cli.stderr);
        assertFalse(cli.stderr.contains("Exception") || cli.stderr.contains("\tat "), cli.stderr);
    }

    @Test
    void aFileThatFailedInTheStagingFolderIsNamedWhereItWasGoing() throws Exception {
        Path out = dir.resolve("out");
        OutputFolders folders = new OutputFolders();
        Path staging = folders.stage(out);
        assertEquals(out.toAbsolutePath().resolve("charts").resolve("a.svg").toString(),
                folders.shownPath(staging.resolve("charts").resolve("a.svg").toString()));
        assertEquals("/elsewhere/b.csv", folders.shownPath("/elsewhere/b.csv"), "other paths as they are");
        folders.discard();
    }
}
