package org.crmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening another database from the File menu: what is refused, what is kept, what is remembered. */
class DatabaseChoiceTest {
    @TempDir
    Path dir;

    private final List<String> opened = new ArrayList<>();
    private final List<List<DatabaseAddress>> remembered = new ArrayList<>();
    private final List<char[]> passwords = new ArrayList<>();

    private DatabaseChoice choice(Path initial, List<Path> recent, String failure, AtomicBoolean jobsRunning) {
        return new DatabaseChoice(f(initial), recent.stream().map(DatabaseChoiceTest::f).toList(),
                (address, create, password, done) -> {
                    opened.add((create ? "create " : "open ") + (address instanceof DatabaseAddress.File file
                            ? file.path().getFileName() : address.description()));
                    passwords.add(password);
                    done.accept(failure);
                }, jobsRunning::get, remembered::add);
    }

    private static DatabaseAddress f(Path path) {
        return new DatabaseAddress.File(path);
    }

    private static List<DatabaseAddress> fs(Path... paths) {
        return java.util.Arrays.stream(paths).map(DatabaseChoiceTest::f).toList();
    }

    /** A team database is opened with the password just given, and remembered by its URL alone. */
    @Test
    void aTeamDatabaseIsRememberedByItsUrlWithoutThePassword() throws Exception {
        Path first = existing("first");
        DatabaseChoice choice = choice(first, List.of(), null, new AtomicBoolean());
        assertFalse(choice.onServer());
        var server = (DatabaseAddress.Server) DatabaseAddress.parse("jdbc:postgresql://db.example.com:5433/crm?user=ana");
        choice.openTeam(server, "s3cret".toCharArray());
        assertEquals(List.of("open postgresql://ana@db.example.com:5433/crm"), opened);
        assertEquals("s3cret", new String(passwords.get(0)), "the password given is handed to the opener");
        assertEquals(server, choice.current());
        assertTrue(choice.onServer());
        assertEquals(List.of(server, f(first)), choice.recent());
        assertFalse(remembered.get(remembered.size() - 1).toString().contains("s3cret"));

        choice.open(f(first));
        choice.open(server);
        assertEquals(null, passwords.get(2), "reopened from the recent list: the password is asked for again");
        assertEquals(server, choice.current());

        var store = new org.crmworkbench.ui.settings.SettingsStore(new AppHome(dir.resolve("home")),
                org.crmworkbench.ui.settings.Language.ENGLISH);
        store.save(store.load().withRecentDatabases(choice.recent()));
        String saved = Files.readString(new AppHome(dir.resolve("home")).settingsFile());
        assertTrue(saved.contains("jdbc\\:postgresql\\://db.example.com\\:5433/crm?user\\=ana"), saved);
        assertFalse(saved.contains("s3cret"));
        assertEquals(choice.recent(), store.load().recentDatabases(), "team and file databases come back");
    }

    @Test
    void anExistingDatabaseOpensAndBecomesTheNewestRecentOne() throws Exception {
        Path first = dir.resolve("first");
        Path other = existing("other");
        DatabaseChoice choice = choice(first, List.of(dir.resolve("old")), null, new AtomicBoolean());
        assertEquals(fs(first, dir.resolve("old")), choice.recent(), "the one open at start comes first");
        choice.open(other.resolveSibling("other.mv.db"));
        assertEquals(List.of("open other"), opened);
        assertEquals(f(other), choice.current(), "the .mv.db suffix is dropped");
        assertEquals(fs(other, first, dir.resolve("old")), choice.recent());
        assertEquals(choice.recent(), remembered.get(remembered.size() - 1), "the recent list is saved");
        assertNull(choice.problemProperty().get());
        assertFalse(choice.busyProperty().get());
    }

    @Test
    void theRecentListKeepsTheLastSix() throws Exception {
        DatabaseChoice choice = choice(dir.resolve("start"), List.of(), null, new AtomicBoolean());
        for (int i = 0; i < 8; i++) {
            choice.open(existing("db" + i));
        }
        assertEquals(DatabaseChoice.RECENT, choice.recent().size());
        assertEquals(f(dir.resolve("db7")), choice.recent().get(0));
        assertEquals(f(dir.resolve("db2")), choice.recent().get(5));
    }

    @Test
    void whatCannotBeDoneIsRefusedAndTheOpenDatabaseStays() throws Exception {
        Path start = dir.resolve("start");
        AtomicBoolean jobs = new AtomicBoolean();
        DatabaseChoice choice = choice(start, List.of(), null, jobs);
        choice.open(dir.resolve("missing"));
        assertProblem(choice, "database.problem.missing");
        choice.create(existing("taken"));
        assertProblem(choice, "database.problem.exists");
        jobs.set(true);
        choice.open(existing("later"));
        assertProblem(choice, "database.problem.jobsRunning");
        assertTrue(opened.isEmpty(), "nothing was opened");
        assertEquals(f(start), choice.current());

        DatabaseChoice failing = choice(start, List.of(), "locked by another program", new AtomicBoolean());
        failing.create(dir.resolve("fresh"));
        assertEquals(List.of("create fresh"), opened);
        Notice notice = failing.problemProperty().get();
        assertEquals("database.problem.open", notice.key());
        assertEquals("locked by another program", notice.args()[1]);
        assertEquals(f(start), failing.current());
        assertEquals(fs(start), failing.recent());
    }

    /** The window's switch: the new database is opened and installed, then the old one is closed. */
    @Test
    void switchingInstallsTheNewDatabaseAndClosesTheOld() throws Exception {
        DataSession session = new DataSession();
        Database before = Database.openFile(dir.resolve("before"));
        session.opened(before);
        long version = session.dataVersionProperty().get();
        WorkbenchApp app = new WorkbenchApp(new AppHome(dir.resolve("home")), dir.resolve("before"));
        AtomicReference<String> outcome = new AtomicReference<>("not called");
        app.switchDatabase(session, new SameThreadJobRunner(), dir.resolve("after"), true, outcome::set);
        assertNull(outcome.get());
        assertTrue(Database.exists(dir.resolve("after")), "the new database was created");
        assertTrue(session.dataVersionProperty().get() > version, "the workspaces reload");
        Database after = session.database();
        try (Connection c = after.connect()) {
            assertTrue(c.isValid(1));
        }
        assertThrows(Exception.class, () -> before.connect().close(), "the old database is closed");

        Path notADatabase = Files.writeString(dir.resolve("junk.mv.db"), "not an H2 file, just text");
        app.switchDatabase(session, new SameThreadJobRunner(), notADatabase, false, outcome::set);
        assertTrue(outcome.get() != null && !outcome.get().isBlank(), "the reason is given");
        assertSame(after, session.database(), "the open database stays");
        after.close();
    }

    private Path existing(String name) throws Exception {
        Path path = dir.resolve(name);
        Database.openFile(path).close();
        return path;
    }

    private static void assertProblem(DatabaseChoice choice, String key) {
        assertEquals(key, choice.problemProperty().get().key());
        choice.problemProperty().set(null);
    }
}
