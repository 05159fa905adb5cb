package org.crmworkbench.data.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.Progress;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void monthlyRowsInAnyOrderAreSorted() throws Exception {
        TimeSeries s = read("sales.csv", """
                month,revenue,note
                2024-03-01,130.5,x
                2024-01-01,110,y
                2024-02-01,120,z
                2024-04-01,140,
                """, "month", "revenue");
        assertEquals(SeriesFrequency.MONTH, s.frequency());
        assertEquals(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 4, 1)), s.periods());
        assertArrayEquals(new double[] {110, 120, 130.5, 140}, s.values(), 0);
        assertEquals("revenue", s.name());
        assertEquals("revenue", s.unit());
        assertEquals("sales.csv", s.source());
    }

    @Test
    void monthEndsInASemicolonFileStandForTheirMonths() throws Exception {
        TimeSeries s = read("ends.csv", """
                Date;Value
                31.01.2024;1
                29.02.2024;2
                31.03.2024;3
                30.04.2024;4
                """, "date", "VALUE");
        assertEquals(SeriesFrequency.MONTH, s.frequency());
        assertEquals(LocalDate.of(2024, 2, 1), s.periods().get(1));
    }

    @Test
    void weeksDaysAndQuartersAreReadFromTheSpacing() throws Exception {
        TimeSeries weeks = read("weeks.tsv", "week\tn\n2024-01-07\t1\n2024-01-14\t2\n2024-01-21\t3\n", "week", "n");
        assertEquals(SeriesFrequency.WEEK, weeks.frequency());
        assertEquals(LocalDate.of(2024, 1, 1), weeks.periods().get(0), "a Sunday stands for its week, from Monday");
        TimeSeries days = read("days.csv", "d,v\n2024/2/28,1\n2024/2/29,2\n2024/3/1,3\n", "d", "v");
        assertEquals(SeriesFrequency.DAY, days.frequency());
        assertEquals(3, days.size());
        TimeSeries quarters = read("q.csv", "q,v\n2024-01-01,1\n2024-04-01,2\n2024-07-01,3\n2024-10-01,4\n"
                + "2025-01-01,5\n", "q", "v");
        assertEquals(SeriesFrequency.QUARTER, quarters.frequency());
        assertEquals(5, quarters.size());
    }

    @Test
    void anXlsxSheetWithDateCellsIsRead() throws Exception {
        Path file = dir.resolve("series.xlsx");
        try (var out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "period");
            ws.value(0, 1, "orders");
            for (int i = 0; i < 4; i++) {
                ws.value(i + 1, 0, LocalDate.of(2024, 4 - i, 1));
                ws.style(i + 1, 0).format("yyyy-mm-dd").set();
                ws.value(i + 1, 1, 10 + i);
            }
            wb.finish();
        }
        TimeSeries s = new SeriesFileReader().read(file, "period", "orders", Progress.none());
        assertEquals(SeriesFrequency.MONTH, s.frequency());
        assertEquals(LocalDate.of(2024, 1, 1), s.periods().get(0));
        assertArrayEquals(new double[] {13, 12, 11, 10}, s.values(), 0);
    }

    @Test
    void aMissingColumnListsTheHeaders() throws Exception {
        ImportProblem p = problem("month,revenue\n2024-01-01,1\n", "date", "revenue");
        assertEquals("series.problem.missingColumn", p.messageKey());
        assertEquals(1, p.line());
        assertEquals("date", p.args()[0]);
        assertEquals("month, revenue", p.args()[1]);
    }

    @Test
    void unreadableDatesAndValuesAreLocated() throws Exception {
        ImportProblem date = problem("m,v\n2024-01-01,1\n2024-13-01,2\n2024-03-01,3\n", "m", "v");
        assertEquals("series.problem.notDate", date.messageKey());
        assertEquals(3, date.line());
        assertEquals(1, date.column());
        assertEquals("2024-13-01", date.value());
        ImportProblem value = problem("m,v\n2024-01-01,1\n2024-02-01,\"1,5\"\n2024-03-01,3\n", "m", "v");
        assertEquals("series.problem.notNumber", value.messageKey());
        assertEquals(3, value.line());
        assertEquals(2, value.column());
        assertEquals("v", value.header());
        ImportProblem empty = problem("m,x,v\n2024-01-01,a,1\n2024-02-01,b,\n2024-03-01,c,3\n", "m", "v");
        assertEquals("series.problem.emptyValue", empty.messageKey());
        assertEquals(3, empty.line());
        assertEquals(3, empty.column());
        ImportProblem noDate = problem("m,v\n2024-01-01,1\n,2\n2024-03-01,3\n", "m", "v");
        assertEquals("series.problem.emptyDate", noDate.messageKey());
        assertEquals(3, noDate.line());
    }

    @Test
    void aRepeatedDateNamesBothLines() throws Exception {
        ImportProblem p = problem("m,v\n2024-02-01,1\n2024-01-01,2\n2024-02-01,3\n2024-03-01,4\n", "m", "v");
        assertEquals("series.problem.duplicateDate", p.messageKey());
        assertEquals(4, p.line());
        assertEquals(1, p.column());
        assertEquals(2L, ((Number) p.args()[1]).longValue());
        assertEquals(4L, ((Number) p.args()[2]).longValue());
        ImportProblem samePeriod = problem("m,v\n2024-01-01,1\n2024-01-31,2\n2024-03-01,3\n", "m", "v");
        assertEquals("series.problem.duplicateDate", samePeriod.messageKey(), "two dates in one month");
        assertEquals(3, samePeriod.line());
    }

    @Test
    void aGapNamesTheMissingPeriod() throws Exception {
        ImportProblem p = problem("""
                m,v
                2024-01-01,1
                2024-02-01,2
                2024-03-01,3
                2024-05-01,5
                """, "m", "v");
        assertEquals("series.problem.gap", p.messageKey());
        assertEquals(5, p.line());
        assertEquals(1, p.column());
        assertEquals("after 2024-03-01 (line 4) the next date is 2024-05-01 (line 5); 2024-04-01 is missing",
                p.expected(Messages.english()));
    }

    @Test
    void irregularSpacingAndTooFewRowsAreRefused() throws Exception {
        ImportProblem irregular = problem("d,v\n2024-01-01,1\n2024-01-04,2\n2024-01-07,3\n", "d", "v");
        assertEquals("series.problem.irregular", irregular.messageKey());
        assertEquals(3, irregular.line());
        assertEquals(3L, ((Number) irregular.args()[2]).longValue());
        ImportProblem few = problem("d,v\n2024-01-01,1\n2024-02-01,2\n", "d", "v");
        assertEquals("series.problem.tooFewRows", few.messageKey());
        assertEquals(2, ((Number) few.args()[0]).intValue());
        assertTrue(few.describe(Messages.english()).contains("at least 3"));
    }

    private TimeSeries read(String name, String content, String date, String value) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return new SeriesFileReader().read(file, date, value, Progress.none());
    }

    private ImportProblem problem(String content, String date, String value) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, content);
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new SeriesFileReader().read(file, date, value, Progress.none()));
        assertEquals("bad.csv", e.problem().file());
        return e.problem();
    }
}
