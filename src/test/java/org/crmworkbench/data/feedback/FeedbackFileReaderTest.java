package org.crmworkbench.data.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackFileReaderTest {
    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path f = dir.resolve("reviews.csv");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void readsTheNamedColumnsAndTheContextColumnsByHeader() throws Exception {
        Path f = file("""
                review_id,Review,when,Channel,lang,product
                r1,"Great price, fast delivery",2025-03-01 10:00,online,en,Kettle
                r2,,2025-03-02,store,en,Kettle
                r3,物流太慢了,2025-03-03T08:30:00,phone,zh,
                """);
        List<FeedbackText> texts = new FeedbackFileReader().read(f, "Review", "review_id", "when", Progress.none());
        assertEquals(2, texts.size(), "the empty text is skipped");
        FeedbackText first = texts.get(0);
        assertEquals("r1", first.id());
        assertEquals("Great price, fast delivery", first.text());
        assertEquals(LocalDateTime.of(2025, 3, 1, 10, 0), first.writtenAt());
        assertEquals("online", first.channel());
        assertEquals("en", first.declaredLanguage());
        assertEquals("Kettle", first.product());
        assertEquals("zh", texts.get(1).declaredLanguage());
        assertNull(texts.get(1).product());
        assertEquals(Double.NaN, first.valuePercentile());
    }

    @Test
    void withoutAnIdColumnTheLineNumbersTheTexts() throws Exception {
        Path f = file("text\nfirst\nsecond\n");
        List<FeedbackText> texts = new FeedbackFileReader().read(f, "text", null, null, Progress.none());
        assertEquals(List.of("2", "3"), texts.stream().map(FeedbackText::id).toList());
        assertNull(texts.get(0).writtenAt());
    }

    @Test
    void aMissingTextColumnIsNamed() throws Exception {
        Path f = file("id,comment\n1,fine\n");
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new FeedbackFileReader().read(f, "text", "id", null, Progress.none()));
        assertEquals("reviews.csv", e.problem().file());
    }

    @Test
    void aBadDateADuplicateIdAndNoTextAreLocated() throws Exception {
        ImportProblem date = assertThrows(UnreadableFileException.class, () -> new FeedbackFileReader().read(
                file("id,text,date\n1,fine,2025-01-01\n2,bad,yesterday\n"), "text", "id", "date", Progress.none()))
                .problem();
        assertEquals(3, date.line());
        assertEquals(3, date.column());
        assertEquals("yesterday", date.value());
        ImportProblem twice = assertThrows(UnreadableFileException.class, () -> new FeedbackFileReader().read(
                file("id,text\n7,fine\n7,again\n"), "text", "id", null, Progress.none())).problem();
        assertEquals(3, twice.line());
        assertEquals(1, twice.column());
        assertEquals("feedback.problem.duplicateId", twice.messageKey());
        ImportProblem none = assertThrows(UnreadableFileException.class, () -> new FeedbackFileReader().read(
                file("id,text\n1,\n2,  \n"), "text", "id", null, Progress.none())).problem();
        assertEquals("feedback.problem.noTexts", none.messageKey());
    }
}
