package org.crmworkbench.data.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.BasketFileFormat;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasketFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void aBasketFileIsOneTransactionPerLineWithTrimmedItemsAndQuotes() throws Exception {
        Path file = write("b.csv", "bread, butter,milk\n\n\"jam, strawberry\",bread\nmilk,,\n");
        BasketRows rows = new BasketFileReader().read(file, BasketFileFormat.basket(','), Progress.none());
        assertEquals(List.of("line 1", "line 3", "line 4"), rows.ids());
        assertEquals(List.of(List.of("bread", "butter", "milk"), List.of("jam, strawberry", "bread"),
                List.of("milk")), rows.items());
        assertEquals("file", rows.basis());
        assertEquals(List.of("", "", ""), rows.customers());
    }

    @Test
    void otherDelimitersAreHonoured() throws Exception {
        Path file = write("b.txt", "a;b\nc;d;e\n");
        BasketRows rows = new BasketFileReader().read(file, BasketFileFormat.basket(';'), Progress.none());
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d", "e")), rows.items());
    }

    @Test
    void aLongFileGroupsItsRowsByTransactionInFirstSeenOrder() throws Exception {
        Path file = write("l.csv", "order,product,qty\nT2,milk,1\nT1,bread,2\nT2,jam,1\nT1,milk,1\n");
        BasketRows rows = new BasketFileReader().read(file, BasketFileFormat.longFormat("Order", "product"),
                Progress.none());
        assertEquals(List.of("T2", "T1"), rows.ids());
        assertEquals(List.of(List.of("milk", "jam"), List.of("bread", "milk")), rows.items());
    }

    @Test
    void anEmptyItemInALongFileIsNamedByLineAndColumn() throws Exception {
        Path file = write("l.csv", "order,product\nT1,bread\nT1,\n");
        ImportProblem p = assertThrows(UnreadableFileException.class, () -> new BasketFileReader().read(file,
                BasketFileFormat.longFormat("order", "product"), Progress.none())).problem();
        assertEquals(3, p.line());
        assertEquals(2, p.column());
        assertEquals("basket.problem.emptyItem", p.messageKey());
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Path file = write("l.csv", "order,product\nT1,bread\n");
        assertThrows(UnreadableFileException.class, () -> new BasketFileReader().read(file,
                BasketFileFormat.longFormat("order", "item"), Progress.none()));
    }

    @Test
    void aFileWithoutTransactionsIsRefusedWhole() throws Exception {
        Path file = write("l.csv", "order,product\n");
        ImportProblem p = assertThrows(UnreadableFileException.class, () -> new BasketFileReader().read(file,
                BasketFileFormat.longFormat("order", "product"), Progress.none())).problem();
        assertEquals("basket.problem.noRows", p.messageKey());
        assertThrows(UnreadableFileException.class, () -> new BasketFileReader().read(write("e.csv", ""),
                BasketFileFormat.basket(','), Progress.none()));
    }

    @Test
    void undecodableBytesInTheFirstLineAreNamed() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.write(file, new byte[] {'a', ',', (byte) 0xFF, 'b', '\n', 'c', '\n'});
        ImportProblem p = assertThrows(UnreadableFileException.class, () -> new BasketFileReader().read(file,
                BasketFileFormat.basket(','), Progress.none())).problem();
        assertEquals(1, p.line());
        assertEquals(2, p.column());
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
