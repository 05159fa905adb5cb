package org.crmworkbench.ui.team;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.DataSetSummary;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The state of the "Team database (PostgreSQL)" dialog: the server's host and port, the database, the user and the
 * password; the URL they make (never with the password), what is missing, and the outcome of "Test connection", which
 * runs as a background job that can be cancelled. A full {@code jdbc:postgresql://} URL pasted in the Server field
 * ({@link #pastedUrl}, then {@link #paste}) fills the fields. The password lives here only while the dialog is open: {@link #open}
 * hands it on and clears it; with "remember for this session" a copy is kept in memory ({@link TeamPasswords}).
 * FX thread only.
 */
public final class TeamDatabaseForm {
    /** The port PostgreSQL listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 5432;

    /** Connects to a team database without changing it and says what it holds; throws the server's refusal. */
    @FunctionalInterface
    public interface ServerCheck {
        Found check(DatabaseAddress.Server server, char[] password) throws Exception;
    }

    /**
     * What a test connection found.
     *
     * @param customers the customers the database holds; -1 when it has no workbench tables yet
     */
    public record Found(long customers) {
    }

    /** The window's means for the dialog: jobs for the test, the session's remembered passwords, the check. */
    public record Setup(JobRunner jobs, TeamPasswords passwords, ServerCheck check) {
        public Setup {
            Objects.requireNonNull(jobs, "jobs");
            Objects.requireNonNull(passwords, "passwords");
            Objects.requireNonNull(check, "check");
        }
    }

    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", String.valueOf(DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember");
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper(this, "url", "");
    private final ReadOnlyObjectWrapper<Notice> missing = new ReadOnlyObjectWrapper<>(this, "missing");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyObjectWrapper<Notice> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final Setup setup;
    private Job test;

    public TeamDatabaseForm(Setup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
        for (StringProperty field : new StringProperty[] {host, port, database, user}) {
            field.addListener((o, before, after) -> update());
        }
        update();
    }

    /**
     * Whether a change of the Server field from {@code before} to {@code after} brought a whole team database URL
     * (pasted, not typed a letter at a time): the dialog then {@linkplain #paste pastes} it into every field.
     */
    public static boolean pastedUrl(String before, String after) {
        boolean whole = after != null && after.length() > (before == null ? 0 : before.length()) + 1;
        return whole && after.strip().regionMatches(true, 0, DatabaseAddress.POSTGRESQL_PREFIX, 0,
                DatabaseAddress.POSTGRESQL_PREFIX.length());
    }

    /** Fills the fields from a team database the window knows (from the recent list, or the one open). */
    public void fill(DatabaseAddress.Server server) {
        host.set(server.host());
        port.set(String.valueOf(server.port()));
        database.set(server.name());
        user.set(server.user().orElse(""));
    }

    /**
     * Reads a pasted {@code jdbc:postgresql://} URL into the fields; false, with the reason as the outcome, when it is
     * not one (or carries a password).
     */
    public boolean paste(String text) {
        DatabaseAddress address;
        try {
            address = DatabaseAddress.parse(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            outcome.set(Notice.error("team.paste.bad"));
            return false;
        }
        if (!(address instanceof DatabaseAddress.Server server)) {
            outcome.set(Notice.error("team.paste.bad"));
            return false;
        }
        fill(server);
        outcome.set(null);
        return true;
    }

    private void update() {
        String h = host.get().strip();
        String d = database.get().strip();
        String u = user.get().strip();
        Notice problem = null;
        if (h.isEmpty()) {
            problem = Notice.error("team.missing.host");
        } else if (h.contains("/") || h.contains(" ") || h.contains("?")) {
            problem = Notice.error("team.bad.host", h);
        } else if (portNumber().isEmpty()) {
            problem = Notice.error("team.bad.port", port.get());
        } else if (d.isEmpty()) {
            problem = Notice.error("team.missing.database");
        } else if (d.contains("/") || d.contains("?") || d.contains(" ")) {
            problem = Notice.error("team.bad.database", d);
        } else if (u.isEmpty()) {
            problem = Notice.error("team.missing.user");
        }
        missing.set(problem);
        url.set(problem == null ? DatabaseAddress.POSTGRESQL_PREFIX + (h.contains(":") ? "[" + h + "]" : h) + ":"
                + portNumber().orElseThrow() + "/" + d + "?user=" + URLEncoder.encode(u, StandardCharsets.UTF_8)
                : "");
    }

    private Optional<Integer> portNumber() {
        try {
            int p = Integer.parseInt(port.get().strip());
            return p > 0 && p < 65536 ? Optional.of(p) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The team database the fields name, when they are complete. */
    public Optional<DatabaseAddress.Server> server() {
        if (url.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((DatabaseAddress.Server) DatabaseAddress.parse(url.get()));
    }

    /** Tries the connection in the background; the outcome says what the server answered. */
    public void test() {
        Optional<DatabaseAddress.Server> target = server();
        if (target.isEmpty() || testing.get()) {
            return;
        }
        DatabaseAddress.Server server = target.get();
        char[] secret = passwordOrNull();
        testing.set(true);
        outcome.set(Notice.info("team.test.running", server.description()));
        test = setup.jobs().job("team.job.test", progress -> {
            progress.stage("team.job.test.stage", server.description());
            try {
                return setup.check().check(server, secret);
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        }).nameArgs(server.description()).onSuccess(found -> {
            testing.set(false);
            outcome.set(found.customers() < 0 ? Notice.info("team.test.empty", server.description())
                    : Notice.info("team.test.ok", server.description(), found.customers()));
        }).onFailure(e -> {
            testing.set(false);
            outcome.set(TeamDatabaseProblem.of(e).notice(server));
        }).onCancelled(() -> {
            testing.set(false);
            outcome.set(Notice.info("team.test.cancelled"));
        }).start();
    }

    /** Stops a running test connection. */
    public void cancelTest() {
        if (test != null && testing.get()) {
            test.cancel();
        }
    }

    /**
     * Hands the team database and its password (empty when none was typed) to {@code opener} (remembering the password for this session when
     * asked), then clears the password; false when the fields are not complete.
     */
    public boolean open(BiConsumer<DatabaseAddress.Server, char[]> opener) {
        Optional<DatabaseAddress.Server> target = server();
        if (target.isEmpty()) {
            return false;
        }
        cancelTest();
        // given here, even when empty (a server that trusts this machine asks for none): it is not asked for again
        char[] secret = passwordOrNull();
        secret = secret == null ? new char[0] : secret;
        if (remember.get() && secret.length > 0) {
            setup.passwords().remember(target.get(), secret);
        }
        clearPassword();
        opener.accept(target.get(), secret);
        return true;
    }

    /** Forgets the typed password (the dialog closes). */
    public void clearPassword() {
        password.set("");
    }

    private char[] passwordOrNull() {
        String typed = password.get();
        return typed == null || typed.isEmpty() ? null : typed.toCharArray();
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** The password as typed; bound to the dialog's password field only. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** Remember the password in memory until the window closes. */
    public BooleanProperty rememberProperty() {
        return remember;
    }

    /** The URL the fields make, without the password; empty while something is missing. */
    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    /** What is missing or wrong in the fields; null when they are complete. */
    public ReadOnlyObjectProperty<Notice> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** True while a test connection runs. */
    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** What the last test connection (or paste) found; null before any. */
    public ReadOnlyObjectProperty<Notice> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The check the window uses: a read-only connection that changes nothing and counts the customers. */
    public static Found checkServer(DatabaseAddress.Server server, char[] password) {
        try (Database db = Database.openServer(server, password, true)) {
            try {
                return new Found(DataSetSummary.read(db).rowCount(CrmTable.CUSTOMERS));
            } catch (RuntimeException noTablesYet) {
                return new Found(-1);
            }
        }
    }
}
