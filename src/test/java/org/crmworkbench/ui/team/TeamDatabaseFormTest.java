package org.crmworkbench.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.junit.jupiter.api.Test;

/** The Team database dialog's state: the URL it makes, what it refuses, a test connection's outcome, Open. */
class TeamDatabaseFormTest {
    private final TeamPasswords passwords = new TeamPasswords();
    private final List<String> checked = new ArrayList<>();
    private Exception refusal;

    private TeamDatabaseForm form() {
        return new TeamDatabaseForm(new TeamDatabaseForm.Setup(new SameThreadJobRunner(), passwords,
                (server, password) -> {
                    checked.add(server.url() + " " + (password == null ? "-" : new String(password)));
                    if (refusal != null) {
                        throw refusal;
                    }
                    return new TeamDatabaseForm.Found(200);
                }));
    }

    private static String text(Notice notice) {
        return notice == null ? null : notice.text(Messages.english());
    }

    @Test
    void theFieldsMakeAUrlWithoutThePasswordAndSayWhatIsMissing() {
        TeamDatabaseForm form = form();
        assertEquals("5432", form.portProperty().get(), "PostgreSQL's port by default");
        assertEquals("", form.urlProperty().get());
        assertEquals("Give the server's name or address.", text(form.missingProperty().get()));
        form.hostProperty().set("db.example.com");
        assertEquals("Give the name of the database on the server.", text(form.missingProperty().get()));
        form.databaseProperty().set("crm");
        form.userProperty().set("ana maria");
        form.passwordProperty().set("s3cret");
        assertNull(form.missingProperty().get());
        assertEquals("jdbc:postgresql://db.example.com:5432/crm?user=ana+maria", form.urlProperty().get());
        assertFalse(form.urlProperty().get().contains("s3cret"));
        assertEquals("ana maria", form.server().orElseThrow().user().orElseThrow());

        form.portProperty().set("65536");
        assertEquals("", form.urlProperty().get());
        assertTrue(text(form.missingProperty().get()).startsWith("The port '65536' is not a number"));
        form.portProperty().set(" 5433 ");
        assertEquals(5433, form.server().orElseThrow().port());
        form.hostProperty().set("db.example.com/crm");
        assertTrue(form.server().isEmpty(), "a host with a path is refused");
    }

    @Test
    void aPastedUrlFillsTheFieldsAndOneWithAPasswordIsRefused() {
        TeamDatabaseForm form = form();
        assertTrue(TeamDatabaseForm.pastedUrl("", " jdbc:postgresql://10.0.0.7:6543/sales?user=bo"));
        assertFalse(TeamDatabaseForm.pastedUrl("jdbc:postgresql://10.0.0.7:6543/sale", "jdbc:postgresql://10.0.0.7:6543/sales"),
                "typed a letter at a time: not taken apart half-way");
        assertFalse(TeamDatabaseForm.pastedUrl("", "db.example.com"));
        assertTrue(form.paste(" jdbc:postgresql://10.0.0.7:6543/sales?user=bo"));
        assertEquals("10.0.0.7", form.hostProperty().get());
        assertEquals("6543", form.portProperty().get());
        assertEquals("sales", form.databaseProperty().get());
        assertEquals("bo", form.userProperty().get());
        assertEquals("jdbc:postgresql://10.0.0.7:6543/sales?user=bo", form.urlProperty().get());

        assertFalse(form.paste("jdbc:postgresql://10.0.0.7/sales?user=bo&password=oops"));
        assertTrue(text(form.outcomeProperty().get()).startsWith("That is not a team database URL"));
        assertEquals("10.0.0.7", form.hostProperty().get(), "the fields stay as they were");
        assertFalse(form.paste("/home/ana/workbench.mv.db"), "a file is not a team database");
    }

    @Test
    void theTestConnectionSaysWhatTheServerAnswered() {
        TeamDatabaseForm form = form();
        form.paste("jdbc:postgresql://db.example.com/crm?user=ana");
        form.passwordProperty().set("s3cret");
        form.test();
        assertEquals(List.of("jdbc:postgresql://db.example.com:5432/crm?user=ana s3cret"), checked);
        assertFalse(form.testingProperty().get());
        assertEquals("Connected to postgresql://ana@db.example.com:5432/crm: it holds 200 customers.",
                text(form.outcomeProperty().get()));

        refusal = new DatabaseException("refused", new SQLException("FATAL: password authentication failed", "28P01"));
        form.test();
        Notice wrong = form.outcomeProperty().get();
        assertTrue(wrong.error());
        assertEquals("The server refused the user ana for postgresql://ana@db.example.com:5432/crm: the password is "
                + "wrong or missing, or this user may not log in there.", text(wrong));
        assertTrue(text(wrong).length() > 0 && wrong.text(new Messages(java.util.Locale.SIMPLIFIED_CHINESE)).contains("密码"), "in Chinese too");

        refusal = new DatabaseException("x", new SQLException("Connection refused", "08001"));
        form.test();
        assertTrue(text(form.outcomeProperty().get()).startsWith(
                "Cannot reach a PostgreSQL server at db.example.com:5432 (Connection refused)."));
        refusal = new DatabaseException("x", new SQLException("database \"crm\" does not exist", "3D000"));
        form.test();
        assertTrue(text(form.outcomeProperty().get()).startsWith("There is no database 'crm' on db.example.com:5432"));
        refusal = new DatabaseException("x", new org.flywaydb.core.api.FlywayException("migration",
                new SQLException("permission denied for schema public", "42501")));
        form.test();
        assertTrue(text(form.outcomeProperty().get()).contains("the user ana may not change them"));
        // the same state when connecting: the user may not connect to that database at all, not an upgrade
        refusal = new DatabaseException("x", new SQLException("permission denied for database crm", "42501"));
        form.test();
        assertTrue(text(form.outcomeProperty().get()).contains("permission denied for database crm"),
                text(form.outcomeProperty().get()));
    }

    @Test
    void openHandsThePasswordOnOnceAndRemembersItOnlyWhenAsked() {
        TeamDatabaseForm form = form();
        form.paste("jdbc:postgresql://db.example.com/crm?user=ana");
        DatabaseAddress.Server server = form.server().orElseThrow();
        form.passwordProperty().set("s3cret");
        List<String> opened = new ArrayList<>();
        assertTrue(form.open((s, p) -> opened.add(s.url() + " " + new String(p))));
        assertEquals(List.of("jdbc:postgresql://db.example.com:5432/crm?user=ana s3cret"), opened);
        assertEquals("", form.passwordProperty().get(), "the typed password is cleared");
        assertTrue(passwords.get(server).isEmpty(), "not remembered unless asked");

        form.passwordProperty().set("s3cret");
        form.rememberProperty().set(true);
        form.open((s, p) -> opened.add("again"));
        assertEquals("s3cret", new String(passwords.get(server).orElseThrow()));
        passwords.forget(server);
        assertTrue(passwords.get(server).isEmpty());

        form.rememberProperty().set(false);
        form.open((s, p) -> opened.add("no password typed: " + p.length));
        assertEquals("no password typed: 0", opened.get(2), "given as empty, so not asked for again");

        TeamDatabaseForm empty = form();
        assertFalse(empty.open((s, p) -> opened.add("never")), "nothing opens before the fields are complete");
        assertEquals(3, opened.size());
    }
}
