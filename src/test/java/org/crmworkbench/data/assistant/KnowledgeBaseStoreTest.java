package org.crmworkbench.data.assistant;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportFailedException;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AskedQuestion;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class KnowledgeBaseStoreTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void rowsAreAddedChangedAndRemovedAndNumberedAfterImportedOnes() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            new Importer(db, Messages.english()).importFile(CrmTable.KNOWLEDGE_BASE, file("kb.csv",
                    "question,intent,answer,language\nwhere is my parcel,delivery,\"It ships in 2 days, usually.\",en\n"
                            + "我的快递在哪,delivery,一般两天发货。,zh-CN\n"), ImportOptions.defaults(), Progress.none());
            KnowledgeBaseStore store = new KnowledgeBaseStore(db);
            List<KnowledgeEntry> rows = store.list();
            assertEquals(2, rows.size());
            assertEquals(new KnowledgeEntry(1, "where is my parcel", "delivery", "It ships in 2 days, usually.", "en"),
                    rows.get(0));
            assertEquals("zh", rows.get(1).language(), "zh-CN is read as zh");
            KnowledgeEntry added = store.add(new KnowledgeEntry("  can I return it? ", "returns", null, null));
            assertEquals(3, added.id(), "new rows are numbered after the imported ones");
            assertEquals("can I return it?", store.list().get(2).question());
            assertTrue(store.update(new KnowledgeEntry(3, "can I send it back", "returns", "Within 30 days.", "en")));
            assertEquals("Within 30 days.", store.list().get(2).answer());
            assertFalse(store.update(new KnowledgeEntry(99, "x", "y", null, null)));
            assertTrue(store.remove(1));
            assertFalse(store.remove(1));
            assertEquals(2, store.count());
            assertThrows(IllegalArgumentException.class, () -> store.add(new KnowledgeEntry(" ", "returns", null, null)));
            assertThrows(IllegalArgumentException.class,
                    () -> store.add(new KnowledgeEntry("why", "x".repeat(101), null, null)));
        }
    }

    @Test
    void aKnowledgeBaseFileReplacesTheStoredOneAndARefusedFileLeavesItAsItWas() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            Importer importer = new Importer(db, Messages.english());
            importer.importFile(CrmTable.KNOWLEDGE_BASE, file("kb.csv", "question,intent\na,x\nb,y\nc,z\n"),
                    ImportOptions.defaults(), Progress.none());
            importer.importFile(CrmTable.KNOWLEDGE_BASE, file("kb2.csv", "问题,意图\n你好,greet\n再见,bye\n"),
                    ImportOptions.defaults(), Progress.none());
            KnowledgeBaseStore store = new KnowledgeBaseStore(db);
            assertEquals(List.of("你好", "再见"), store.list().stream().map(KnowledgeEntry::question).toList(),
                    "the second file replaced the first, Chinese headers read");
            assertThrows(ImportFailedException.class, () -> importer.importFile(CrmTable.KNOWLEDGE_BASE,
                    file("bad.csv", "question,intent\nok,fine\nno intent,\n"), ImportOptions.defaults(),
                    Progress.none()));
            assertEquals(List.of("你好", "再见"), store.list().stream().map(KnowledgeEntry::question).toList(),
                    "a refused file leaves the knowledge base as it was");
        }
    }

    @Test
    void loggedQuestionsAreListedNewestFirstAndForgotten() {
        try (Database db = TestDatabases.fresh()) {
            AskedQuestionLog log = new AskedQuestionLog(db);
            AskedQuestion older = log.log(new AskedQuestion(0, Instant.parse("2026-12-07T10:00:00Z"), "what is 2+2",
                    "en", "out_of_scope", 0.9, true, "out-of-scope"));
            AskedQuestion newer = log.log(new AskedQuestion(0, Instant.parse("2026-12-07T11:00:00Z"),
                    "q".repeat(2500), "zh", null, 0.0, true, "low-confidence"));
            List<AskedQuestion> listed = log.list();
            assertEquals(List.of(newer.id(), older.id()), listed.stream().map(AskedQuestion::id).toList());
            assertEquals(2000, listed.get(0).question().length(), "an over-long question is cut to its column");
            assertEquals(older, listed.get(1));
            assertTrue(log.remove(older.id()));
            assertFalse(log.remove(older.id()));
            assertEquals(1, log.list().size());
        }
    }
}
