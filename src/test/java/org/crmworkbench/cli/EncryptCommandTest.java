package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench encrypt|decrypt}: the database is converted in place, every verb then needs the password
 * ({@code --password-file} or the environment) and says in one sentence when it is missing (exit 2) or wrong (exit 3).
 */
class EncryptCommandTest {
    @TempDir
    Path dir;

    @Test
    void anEncryptedDatabaseNeedsItsPasswordForEveryVerbAndDecryptsBack() throws Exception {
        CommandRun cli = new CommandRun(dir);
        Path db = cli.sampleDatabase(60);
        assertEquals(0, cli.run("--db", db.toString(), "info"), cli.stderr);
        String plainInfo = cli.stdout;
        Path secret = Files.writeString(dir.resolve("secret.txt"), "violet umbrella 42\n");
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "violet umbrella 43\n");

        assertEquals(0, cli.run("encrypt", "--db", db.toString(), "--password-file", secret.toString()), cli.stderr);
        assertTrue(cli.stdout.contains("Encrypted"), cli.stdout);
        assertTrue(cli.stderr.contains("Checking the converted copy"), "progress on stderr: " + cli.stderr);
        assertEquals(List.of("crm.key-salt", "crm.mv.db"), names(db.getParent()));

        cli.assertFails(ExitCode.USAGE, "crm.mv.db is encrypted: give its password in CRM_WORKBENCH_DB_PASSWORD or "
                + "--password-file", "--db", db.toString(), "info");
        assertEquals(1, cli.stderr.lines().count(), cli.stderr);
        cli.assertFails(ExitCode.DATA, "the password does not open", "--db", db.toString(), "--password-file",
                wrong.toString(), "check");
        assertEquals(1, cli.stderr.lines().count(), cli.stderr);
        assertFalse(cli.stderr.contains("corrupt") || cli.stderr.contains("umbrella"), cli.stderr);
        cli.assertFails(ExitCode.USAGE, "is encrypted", "--db", db.toString(), "segment", "--k", "3", "--out",
                dir.resolve("out").toString());
        assertEquals(List.of("crm.key-salt", "crm.mv.db"), names(db.getParent()), "no .trace.db after refusals");

        assertEquals(0, cli.run("--db", db.toString(), "--password-file", secret.toString(), "info"), cli.stderr);
        assertEquals(plainInfo, cli.stdout);
        // at a terminal the password is asked for (once) instead of refused
        List<String> questions = new java.util.ArrayList<>();
        cli.prompt = question -> {
            questions.add(question);
            return "violet umbrella 42".toCharArray();
        };
        assertEquals(0, cli.run("--db", db.toString(), "info"), cli.stderr);
        assertEquals(plainInfo, cli.stdout);
        assertEquals(1, questions.size(), questions.toString());
        assertTrue(questions.get(0).startsWith("Password of the encrypted database") && questions.get(0)
                .contains("crm.mv.db"), questions.toString());
        // a verb that opens the database again to save its run asks once
        questions.clear();
        assertEquals(0, cli.run("--db", db.toString(), "segment", "--k", "3", "--seed", "1", "--save", "--out",
                dir.resolve("asked-once").toString()), cli.stderr);
        assertEquals(1, questions.size(), questions.toString());
        cli.prompt = question -> null; // the end of input instead of a password
        cli.assertFails(ExitCode.USAGE, "is encrypted: give its password", "--db", db.toString(), "info");
        cli.prompt = null;
        cli.env = Map.of("CRM_WORKBENCH_DB_PASSWORD", "violet umbrella 42");
        assertEquals(0, cli.run("--db", db.toString(), "check"), cli.stderr);
        assertEquals(0, cli.run("--db", db.toString(), "decrypt"), cli.stderr);
        cli.env = Map.of();
        assertEquals(List.of("crm.mv.db"), names(db.getParent()));
        assertEquals(0, cli.run("--db", db.toString(), "info"), cli.stderr);
        assertEquals(plainInfo, cli.stdout);
    }

    @Test
    void refusedConversionsSaySoAndChangeNothing() throws Exception {
        CommandRun cli = new CommandRun(dir);
        Path db = cli.sampleDatabase(30);
        Path file = Path.of(db + ".mv.db");
        Path shortOne = Files.writeString(dir.resolve("short.txt"), "abc\n");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "violet umbrella 42");
        byte[] plain = Files.readAllBytes(file);

        cli.assertFails(ExitCode.USAGE, "give the password to encrypt", "encrypt", "--db", db.toString());
        cli.assertFails(ExitCode.USAGE, "at least 8 characters", "encrypt", "--db", db.toString(), "--password-file",
                shortOne.toString());
        cli.assertFails(ExitCode.USAGE, "does not exist", "encrypt", "--db", db.toString(), "--password-file",
                dir.resolve("nowhere.txt").toString());
        cli.assertFails(ExitCode.USAGE, "is not encrypted", "decrypt", "--db", db.toString(), "--password-file",
                secret.toString());
        assertArrayEquals(plain, Files.readAllBytes(file));
        assertEquals(List.of("crm.mv.db"), names(db.getParent()));

        assertEquals(0, cli.run("encrypt", "--db", db.toString(), "--password-file", secret.toString()), cli.stderr);
        byte[] encrypted = Files.readAllBytes(file);
        cli.assertFails(ExitCode.USAGE, "is already encrypted", "encrypt", "--db", db.toString(), "--password-file",
                secret.toString());
        cli.assertFails(ExitCode.DATA, "the password does not open", "decrypt", "--db", db.toString(),
                "--password-file", shortOne.toString());
        cli.assertFails(ExitCode.USAGE, "is encrypted: give its password", "decrypt", "--db", db.toString());
        assertArrayEquals(encrypted, Files.readAllBytes(file));
        assertEquals(List.of("crm.key-salt", "crm.mv.db"), names(db.getParent()));
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
