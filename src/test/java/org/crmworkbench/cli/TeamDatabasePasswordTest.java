package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team database whose server wants a password: without one the command line says so in the analyst's language
 * (not "cannot reach"); at a terminal it asks once and goes on; a password given in the environment or a file is
 * never asked for again; a wrong one typed is refused in words. Runs on a server the tests started (one of their
 * own users must log in with a password there).
 */
class TeamDatabasePasswordTest {
    private static PostgresServer server;
    private static PostgresServer.Login login;
    private static String url;

    /** A stand-in for the analyst at the terminal: types {@code answer} and counts the questions. */
    private static final class Typist implements PasswordPrompt {
        final List<String> questions = new ArrayList<>();
        final String answer;

        Typist(String answer) {
            this.answer = answer;
        }

        @Override
        public char[] ask(String question) {
            questions.add(question);
            return answer == null ? null : answer.toCharArray();
        }
    }

    @BeforeAll
    static void aDatabaseOfAUserWithAPassword() {
        server = PostgresServer.require();
        assumeTrue(server.passwordLogin().isPresent(), "the server was given by $CRM_WORKBENCH_TEST_POSTGRES: "
                + "it has no user of the tests' own that must log in with a password");
        login = server.passwordLogin().get();
        String name = "password_" + ProcessHandle.current().pid();
        server.drop(name);
        server.admin("CREATE DATABASE " + name + " OWNER " + login.name());
        url = "jdbc:postgresql://127.0.0.1:" + portOf(server.url(name)) + "/" + name + "?user=" + login.name();
        try (Database ignored = Database.openServer((DatabaseAddress.Server) DatabaseAddress.parse(url),
                login.password().toCharArray(), false)) {
            // the schema made by its owner
        }
    }

    @AfterAll
    static void dropIt() {
        if (url != null) {
            server.drop(PostgresServer.nameOf(url));
        }
    }

    private static String portOf(String someUrl) {
        String afterHost = someUrl.substring(someUrl.indexOf("//") + 2);
        return afterHost.substring(afterHost.indexOf(':') + 1, afterHost.indexOf('/'));
    }

    @Test
    void withoutAPasswordAndNobodyToAskTheRefusalSaysWhereToGiveIt(@TempDir Path dir) {
        CommandRun cli = new CommandRun(dir);
        assertEquals(1, cli.run("--db", url, "info"), cli.stdout + cli.stderr);
        assertTrue(cli.stderr.contains("refused the user " + login.name()), cli.stderr);
        assertTrue(cli.stderr.contains("CRM_WORKBENCH_DB_PASSWORD") && cli.stderr.contains("--password-file"),
                cli.stderr);
        assertFalse(cli.stderr.contains("Cannot reach"), "the server was reached: " + cli.stderr);
    }

    @Test
    void theRefusalIsSaidInChinese(@TempDir Path dir) {
        CommandRun cli = new CommandRun(dir);
        cli.locale = Locale.SIMPLIFIED_CHINESE;
        assertEquals(1, cli.run("--db", url, "info"), cli.stderr);
        assertTrue(cli.stderr.contains("拒绝了用户 " + login.name()), cli.stderr);
        assertFalse(cli.stderr.contains("refused"), "English in a Chinese session: " + cli.stderr);
    }

    @Test
    void atATerminalItAsksOnceAndGoesOn(@TempDir Path dir) {
        CommandRun cli = new CommandRun(dir);
        Typist typist = new Typist(login.password());
        cli.prompt = typist;
        assertEquals(0, cli.run("--db", url, "info"), cli.stderr);
        assertEquals(1, typist.questions.size(), typist.questions.toString());
        assertTrue(typist.questions.get(0).contains(login.name()), typist.questions.toString());
        assertTrue(cli.stdout.contains(PostgresServer.nameOf(url)), cli.stdout);
    }

    @Test
    void aWrongPasswordTypedIsRefusedInWords(@TempDir Path dir) {
        CommandRun cli = new CommandRun(dir);
        Typist typist = new Typist("not-the-password");
        cli.prompt = typist;
        assertEquals(1, cli.run("--db", url, "info"), cli.stderr);
        assertEquals(1, typist.questions.size());
        assertTrue(cli.stderr.contains("refused the user " + login.name()), cli.stderr);
    }

    @Test
    void aPasswordGivenIsNotAskedForAgain(@TempDir Path dir) throws Exception {
        CommandRun cli = new CommandRun(dir);
        Typist typist = new Typist(login.password());
        cli.prompt = typist;
        cli.env = Map.of("CRM_WORKBENCH_DB_PASSWORD", login.password());
        assertEquals(0, cli.run("--db", url, "info"), cli.stderr);
        cli.env = Map.of("CRM_WORKBENCH_DB_PASSWORD", "wrong");
        assertEquals(1, cli.run("--db", url, "info"), cli.stderr);
        assertTrue(cli.stderr.contains("refused the user"), cli.stderr);
        Path file = java.nio.file.Files.writeString(dir.resolve("pw"), login.password() + "\n");
        cli.env = Map.of();
        assertEquals(0, cli.run("--db", url, "--password-file", file.toString(), "info"), cli.stderr);
        assertArrayEquals(new Object[0], typist.questions.toArray(), "asked although a password was given");
    }
}
