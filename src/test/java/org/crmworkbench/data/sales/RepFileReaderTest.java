package org.crmworkbench.data.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void ordersAreReadOldestFirstWithCustomersAndFactorColumns() throws Exception {
        Path file = write("o.csv", "Rep,Amount,Date,Client,Region,Channel\n"
                + "R2,120.5,2026-03-02,C9,Europe,store\n"
                + "R1,80,2026-01-15,C1,NA,\n"
                + "R1,0,2026-03-02,,NA,phone\n");
        RepOrders orders = new RepFileReader().read(file, "rep", "amount", "date", "client", List.of("region",
                "Channel"), Progress.none());
        assertEquals(List.of("region", "Channel"), orders.factorNames());
        assertEquals(List.of("line 3", "line 2", "line 4"), orders.orders().stream().map(RepOrder::orderId).toList());
        RepOrder first = orders.orders().get(0);
        assertEquals(new RepOrder("line 3", "R1", "C1", LocalDate.of(2026, 1, 15), 80, List.of("NA", "")), first);
        assertEquals("", orders.orders().get(2).customerId(), "an empty customer is unknown");
        assertEquals(120.5, orders.orders().get(1).amount());
        assertEquals("R2", orders.name("R2"), "a file's rep is named by their id");
        assertTrue(orders.source().endsWith("o.csv"));
    }

    @Test
    void withoutACustomerColumnCustomersAreUnknown() throws Exception {
        Path file = write("o.csv", "rep;amount;date\nR1;10;31.03.2026\n");
        RepOrders orders = new RepFileReader().read(file, "rep", "amount", "date", null, List.of(), Progress.none());
        assertEquals(List.of(new RepOrder("line 2", "R1", "", LocalDate.of(2026, 3, 31), 10, List.of())),
                orders.orders());
    }

    @Test
    void anOrderWithoutARepIsRefusedWithItsLineAndColumn() throws Exception {
        ImportProblem p = problem("amount,rep,date\n10,R1,2026-01-01\n12, ,2026-01-02\n");
        assertEquals(3, p.line());
        assertEquals(2, p.column());
        assertEquals("sales.problem.emptyRep", p.messageKey());
    }

    @Test
    void badDatesAndAmountsAreRefusedWithTheirCell() throws Exception {
        ImportProblem date = problem("rep,amount,date\nR1,10,2026-13-45\n");
        assertEquals(2, date.line());
        assertEquals(3, date.column());
        assertEquals("series.problem.notDate", date.messageKey());
        assertEquals("2026-13-45", date.value());
        ImportProblem amount = problem("rep,amount,date\nR1,10,2026-01-01\nR1,ten,2026-01-01\n");
        assertEquals(3, amount.line());
        assertEquals(2, amount.column());
        assertEquals("series.problem.notNumber", amount.messageKey());
        assertEquals("sales.problem.negativeAmount", problem("rep,amount,date\nR1,-5,2026-01-01\n").messageKey());
        assertEquals("value.problem.emptyAmount", problem("rep,amount,date\nR1,,2026-01-01\n").messageKey());
        assertEquals("sales.problem.noRows", problem("rep,amount,date\n").messageKey());
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Path file = write("o.csv", "rep,amount,day\nR1,1,2026-01-01\n");
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> new RepFileReader().read(file,
                "rep", "amount", "date", null, List.of(), Progress.none()));
        assertEquals("series.problem.missingColumn", e.problem().messageKey());
        assertEquals(1, e.problem().line());
        assertEquals("date", e.problem().args()[0]);
    }

    @Test
    void quotasAreReadByTheirHeadersInAnyCase() throws Exception {
        Path file = write("q.csv", "Period,REP,Quota,Note\n2026-Q1,R1,50000,x\n2026-03,R2,12000.5,\n2026,R1,2e5,\n"
                + "2026-q2,R1,1,\n");
        assertEquals(List.of(new RepQuota("R1", "2026-Q1", 50000), new RepQuota("R2", "2026-03", 12000.5),
                new RepQuota("R1", "2026", 200000), new RepQuota("R1", "2026-Q2", 1)),
                new QuotaFileReader().read(file, Progress.none()));
        QuotaFileReader.QuotaFile located = new QuotaFileReader().readLocated(file, Progress.none());
        assertEquals(List.of(2L, 3L, 4L, 5L), located.lines());
        ImportProblem p = located.problem(1, true, "sales.problem.unknownRep");
        assertEquals(3, p.line());
        assertEquals(2, p.column(), "the rep column, counted from 1");
        assertEquals("R2", p.value());
        assertEquals(1, located.problem(0, false, "sales.problem.unknownPeriod").column());
    }

    @Test
    void aQuotaWithABadPeriodOrAmountIsNamedByLineAndColumn() throws Exception {
        for (String label : List.of("2026-13", "2026-Q5", "Q1 2026", "26-03", "2026-3", "")) {
            ImportProblem p = quotaProblem("rep,period,quota\nR1,2026-01,10\nR1," + label + ",10\n");
            assertEquals(3, p.line(), label);
            assertEquals(2, p.column(), label);
            assertEquals("sales.problem.period", p.messageKey(), label);
        }
        for (String quota : List.of("0", "-3", "lots", "")) {
            ImportProblem p = quotaProblem("rep,period,quota\nR1,2026-01," + quota + "\n");
            assertEquals(2, p.line());
            assertEquals(3, p.column());
            assertEquals("sales.problem.quota", p.messageKey());
        }
        ImportProblem twice = quotaProblem("rep,period,quota\nR1,2026-01,10\nR2,2026-01,10\nR1,2026-01,12\n");
        assertEquals(4, twice.line());
        assertEquals("sales.problem.quotaTwice", twice.messageKey());
        assertEquals("sales.problem.emptyRep", quotaProblem("rep,period,quota\n,2026,10\n").messageKey());
        assertTrue(QuotaFileReader.isPeriodLabel("2026-12"));
    }

    private ImportProblem problem(String text) throws Exception {
        Path file = write("bad.csv", text);
        return assertThrows(UnreadableFileException.class, () -> new RepFileReader().read(file, "rep", "amount",
                "date", null, List.of(), Progress.none())).problem();
    }

    private ImportProblem quotaProblem(String text) throws Exception {
        Path file = write("quota.csv", text);
        return assertThrows(UnreadableFileException.class, () -> new QuotaFileReader().read(file, Progress.none()))
                .problem();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
