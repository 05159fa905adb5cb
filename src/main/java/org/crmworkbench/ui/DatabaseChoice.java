package org.crmworkbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.crmworkbench.data.DatabaseAddress;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.team.TeamDatabaseForm;

/**
 * Which database the window works on, and the analyst's way to another one: open an existing database, start a new
 * empty one, or reopen one of the last few. The current database stays open until the new one is ready; a database
 * that cannot be opened (locked by another program, not a workbench database, a server that refuses, ...) leaves
 * everything as it was and says why. A database is a file on this machine or a team database on a PostgreSQL server
 * ({@link DatabaseAddress}); the recent list keeps a team database by its URL, never its password. Switching waits
 * while background jobs are working on the current database. FX thread only.
 */
public final class DatabaseChoice {
    /** How many databases the Open recent menu remembers. */
    public static final int RECENT = 6;

    /**
     * Opens a database in the background and calls back on the FX thread with null, or the reason it failed;
     * {@code password} is a team database's password when the analyst just gave it, else null (then it is asked for).
     */
    @FunctionalInterface
    public interface Opener {
        void open(DatabaseAddress address, boolean create, char[] password, Consumer<String> done);
    }

    private final ObjectProperty<DatabaseAddress> current = new SimpleObjectProperty<>(this, "current");
    private final ObservableList<DatabaseAddress> recent = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<Notice> problem = new SimpleObjectProperty<>(this, "problem");
    private final Opener opener;
    private final BooleanSupplier jobsRunning;
    private final Consumer<List<DatabaseAddress>> recentChanged;
    private final TeamDatabaseForm.Setup team;

    /**
     * @param initial       the database the window opened with
     * @param recent        the databases opened before, newest first
     * @param opener        opens a database and makes it the session's
     * @param jobsRunning   whether background jobs are running (then the database is not switched)
     * @param recentChanged hears the new recent list, to remember it
     */
    public DatabaseChoice(DatabaseAddress initial, List<DatabaseAddress> recent, Opener opener, BooleanSupplier jobsRunning,
                          Consumer<List<DatabaseAddress>> recentChanged) {
        this(initial, recent, opener, jobsRunning, recentChanged, null);
    }

    /** As above; {@code team} lets the analyst open team databases (null: the Team database entry is off). */
    public DatabaseChoice(DatabaseAddress initial, List<DatabaseAddress> recent, Opener opener, BooleanSupplier jobsRunning,
                          Consumer<List<DatabaseAddress>> recentChanged, TeamDatabaseForm.Setup team) {
        this.team = team;
        this.opener = Objects.requireNonNull(opener, "opener");
        this.jobsRunning = Objects.requireNonNull(jobsRunning, "jobsRunning");
        this.recentChanged = Objects.requireNonNull(recentChanged, "recentChanged");
        current.set(normal(initial));
        for (DatabaseAddress address : recent) {
            DatabaseAddress p = normal(address);
            if (!this.recent.contains(p) && this.recent.size() < RECENT) {
                this.recent.add(p);
            }
        }
        remember(current.get());
    }

    /** The open database: its file without H2's {@code .mv.db} suffix, or a team database's URL. */
    public ReadOnlyObjectProperty<DatabaseAddress> currentProperty() {
        return current;
    }

    public DatabaseAddress current() {
        return current.get();
    }

    /** Whether the open database is a team database on a server (then file-only features are off). */
    public boolean onServer() {
        return current.get() instanceof DatabaseAddress.Server;
    }

    /** The databases opened last, newest first, the current one included. */
    public ObservableList<DatabaseAddress> recent() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    /** True while a database is being opened. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last switch did not happen; null when it did. */
    public ObjectProperty<Notice> problemProperty() {
        return problem;
    }

    /** Opens the existing database at {@code path} ({@code .mv.db} suffix optional). */
    public void open(Path path) {
        open(new DatabaseAddress.File(path));
    }

    /**
     * Opens the database at {@code address}: an existing file, or a team database whose password is then asked for
     * (unless given for this session).
     */
    public void open(DatabaseAddress address) {
        DatabaseAddress target = normal(address);
        if (target instanceof DatabaseAddress.File f && !org.crmworkbench.data.Database.exists(f.path())) {
            problem.set(Notice.error("database.problem.missing", target.description()));
            return;
        }
        switchTo(target, false, null);
    }

    /** Whether this choice can open team databases (the window's does; a bare test choice does not). */
    public boolean opensTeamDatabases() {
        return team != null;
    }

    /**
     * A new form for the Team database dialog, filled in with the open team database (if one is); empty when this
     * choice cannot open team databases.
     */
    public java.util.Optional<TeamDatabaseForm> teamForm() {
        if (team == null) {
            return java.util.Optional.empty();
        }
        TeamDatabaseForm form = new TeamDatabaseForm(team);
        if (current.get() instanceof DatabaseAddress.Server server) {
            form.fill(server);
        }
        return java.util.Optional.of(form);
    }

    /** Opens the team database at {@code server} with the {@code password} the analyst just gave. */
    public void openTeam(DatabaseAddress.Server server, char[] password) {
        switchTo(server, false, password);
    }

    /** Starts a new, empty database at {@code path}; refused when a database is already there. */
    public void create(Path path) {
        DatabaseAddress target = normal(new DatabaseAddress.File(path));
        if (target.exists()) {
            problem.set(Notice.error("database.problem.exists", target.description()));
            return;
        }
        switchTo(target, true, null);
    }

    private void switchTo(DatabaseAddress target, boolean create, char[] password) {
        if (busy.get()) {
            return;
        }
        if (target.equals(current.get())) {
            problem.set(null);
            return;
        }
        if (jobsRunning.getAsBoolean()) {
            problem.set(Notice.error("database.problem.jobsRunning"));
            return;
        }
        busy.set(true);
        problem.set(null);
        opener.open(target, create, password, failure -> {
            busy.set(false);
            if (failure == null) {
                current.set(target);
                remember(target);
            } else {
                problem.set(Notice.error("database.problem.open", target.description(), failure));
            }
        });
    }

    private void remember(DatabaseAddress path) {
        recent.remove(path);
        recent.add(0, path);
        if (recent.size() > RECENT) {
            recent.remove(RECENT, recent.size());
        }
        recentChanged.accept(new ArrayList<>(recent));
    }

    /** A file's path made absolute, without the {@code .mv.db} suffix; a team database's address as it is. */
    static DatabaseAddress normal(DatabaseAddress address) {
        return address instanceof DatabaseAddress.File f ? new DatabaseAddress.File(normal(f.path())) : address;
    }

    /** The path made absolute, without the {@code .mv.db} suffix. */
    static Path normal(Path path) {
        String name = path.toAbsolutePath().normalize().toString();
        return Path.of(name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name);
    }
}
