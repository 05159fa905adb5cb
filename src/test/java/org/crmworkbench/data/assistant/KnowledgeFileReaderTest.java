package org.crmworkbench.data.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeFileReaderTest {
    @TempDir
    Path dir;

    private List<KnowledgeEntry> read(String text) throws Exception {
        Path f = dir.resolve("kb.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new KnowledgeFileReader().read(f, Progress.none());
    }

    private ImportProblem refused(String text) {
        return assertThrows(UnreadableFileException.class, () -> read(text)).problem();
    }

    @Test
    void readsQuestionIntentAnswerAndLanguageByTheImportsHeaderNames() throws Exception {
        List<KnowledgeEntry> rows = read("意图;问题;语言\nrefund;我什么时候退款;中文\nrefund;when is my refund;EN\n;;\n");
        assertEquals(List.of(new KnowledgeEntry("我什么时候退款", "refund", null, "zh"),
                new KnowledgeEntry("when is my refund", "refund", null, "en")), rows);
        List<KnowledgeEntry> labelled = read("text,label\nhi,greet\n");
        assertNull(labelled.get(0).answer());
        assertEquals("greet", labelled.get(0).intent());
    }

    @Test
    void badRowsAreRefusedWithTheirLineAndColumn() {
        ImportProblem empty = refused("question,intent\nhello,greet\nbye,\n");
        assertEquals(3, empty.line());
        assertEquals(2, empty.column());
        assertEquals("import.problem.required", empty.messageKey());
        ImportProblem language = refused("question,intent,language\nhello,greet,klingon!\n");
        assertEquals(2, language.line());
        assertEquals(3, language.column());
        assertEquals("import.problem.notLanguage", language.messageKey());
        ImportProblem tooLong = refused("question,intent\nhello," + "x".repeat(101) + "\n");
        assertEquals("import.problem.tooLong", tooLong.messageKey());
        ImportProblem noColumn = refused("question,answer\nhello,hi\n");
        assertEquals("import.problem.missingColumn", noColumn.messageKey());
        assertEquals("intent", noColumn.args()[0]);
        assertEquals("assistant.problem.noQuestions", refused("question,intent\n,\n").messageKey());
    }

    @Test
    void languageCellsAreReadAsTwoLetterCodes() {
        assertEquals("zh", KnowledgeFileReader.languageCode("zh_TW"));
        assertEquals("en", KnowledgeFileReader.languageCode(" English "));
        assertEquals("zh", KnowledgeFileReader.languageCode("简体中文"));
        assertNull(KnowledgeFileReader.languageCode("1"));
    }
}
