package org.crmworkbench.data.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsNumericColumnsAndTheIdColumn() throws Exception {
        Path f = write("points.csv", "customer_id;x;y;note\nA;1.5;2;hello\nB;NA;-3e2;\nC;4;;x\n");
        FeatureFile file = new FeatureFileReader().read(f, Progress.none());
        assertEquals("customer_id", file.idColumn());
        assertEquals(List.of("A", "B", "C"), file.table().rowIds());
        assertEquals(List.of("x", "y", "note"), file.table().columnNames(), "a text column with few values is a category");
        assertEquals(List.of("x", "y"), file.table().numeric().stream().map(c -> c.name()).toList());
        assertArrayEquals(new String[] {"hello", null, "x"}, file.table().category("note").orElseThrow().values());
        assertArrayEquals(new double[] {1.5, Double.NaN, 4}, file.table().numeric("x").orElseThrow().values(), 0);
        assertArrayEquals(new double[] {2, -300, Double.NaN}, file.table().numeric("y").orElseThrow().values(), 0);
        ImportProblem note = file.whyNotNumeric("note").orElseThrow();
        assertEquals(2, note.line());
        assertEquals(4, note.column());
        assertEquals("points.csv, line 2, column 4 (note): found 'hello'; expected a number (digits with a "
                + "point for decimals, e.g. 12.5); leave the cell empty when the value is missing",
                note.describe(Messages.english()));
    }

    @Test
    void withoutAnIdColumnRowsAreNumbered() throws Exception {
        FeatureFile file = new FeatureFileReader().read(write("p.csv", "a,b\n1,2\n3,4\n"), Progress.none());
        assertNull(file.idColumn());
        assertEquals(List.of("1", "2"), file.table().rowIds());
    }

    @Test
    void brokenFilesNameTheLine() throws Exception {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new FeatureFileReader().read(write("p.csv", "a,b\n1,2\n3,4,5\n"), Progress.none()));
        assertEquals(3, e.problem().line());
        UnreadableFileException empty = assertThrows(UnreadableFileException.class,
                () -> new FeatureFileReader().read(write("e.csv", "a,b\n"), Progress.none()));
        assertTrue(empty.problem().describe(Messages.english()).contains("no data rows"));
        UnreadableFileException twice = assertThrows(UnreadableFileException.class,
                () -> new FeatureFileReader().read(write("t.csv", "a,a\n1,2\n"), Progress.none()));
        assertEquals(2, twice.problem().column());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
