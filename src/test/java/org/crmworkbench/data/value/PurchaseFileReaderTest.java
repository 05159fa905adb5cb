package org.crmworkbench.data.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crmworkbench.analysis.value.Purchase;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PurchaseFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryTransactionWithItsCustomerDayAndAmount() throws Exception {
        Path file = write("tx.csv", "Customer;When;Spent;Note\nA;2024-01-05;12.50;x\nB;2024/1/6 14:30;0;\n"
                + "A;05.02.2024;7;\n");
        List<Purchase> purchases = new PurchaseFileReader().read(file, "customer", "when", "SPENT", Progress.none());
        assertEquals(List.of(new Purchase("A", LocalDate.of(2024, 1, 5), 12.5),
                new Purchase("B", LocalDate.of(2024, 1, 6), 0),
                new Purchase("A", LocalDate.of(2024, 2, 5), 7)), purchases);
    }

    @Test
    void aNegativeAmountIsRefusedNamingItsLineAndColumn() throws Exception {
        Path file = write("tx.csv", "customer,date,amount\nA,2024-01-05,10\nA,2024-01-09,-3.5\n");
        ImportProblem problem = problem(file);
        assertEquals(3, problem.line());
        assertEquals(3, problem.column());
        assertEquals("amount", problem.header());
        assertEquals("-3.5", problem.value());
        assertEquals("value.problem.negativeAmount", problem.messageKey());
    }

    @Test
    void anUnreadableDateOrAmountOrAnEmptyCustomerIsNamed() throws Exception {
        ImportProblem date = problem(write("d.csv", "customer,date,amount\nA,yesterday,10\n"));
        assertEquals(2, date.line());
        assertEquals(2, date.column());
        assertEquals("series.problem.notDate", date.messageKey());
        ImportProblem amount = problem(write("a.csv", "customer,date,amount\nA,2024-01-01,10\nB,2024-01-02,ten\n"));
        assertEquals(3, amount.line());
        assertEquals("series.problem.notNumber", amount.messageKey());
        ImportProblem empty = problem(write("e.csv", "customer,date,amount\nA,2024-01-01,\n"));
        assertEquals("value.problem.emptyAmount", empty.messageKey());
        ImportProblem customer = problem(write("c.csv", "customer,date,amount\n ,2024-01-01,3\n"));
        assertEquals(1, customer.column());
        assertEquals("value.problem.emptyCustomer", customer.messageKey());
    }

    @Test
    void aMissingColumnOrAFileWithoutRowsIsRefused() throws Exception {
        ImportProblem missing = problem(write("m.csv", "customer,day,amount\nA,2024-01-01,3\n"));
        assertEquals("series.problem.missingColumn", missing.messageKey());
        assertEquals(List.of("date", "customer, day, amount"), List.of(missing.args()));
        ImportProblem none = problem(write("n.csv", "customer,date,amount\n"));
        assertEquals("value.problem.noRows", none.messageKey());
    }

    private ImportProblem problem(Path file) {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new PurchaseFileReader().read(file, "customer", "date", "amount", Progress.none()));
        assertTrue(e.problem().file().endsWith(file.getFileName().toString()), e.problem().file());
        return e.problem();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
