package org.crmworkbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.ui.common.Notice;

/**
 * Which database the window works on, and the analyst's way to another one: open an existing database, start a new
 * empty one, or reopen one of the last few. The current database stays open until the new one is ready; a database
 * that cannot be opened (locked by another program, not a workbench database, ...) leaves everything as it was and
 * says why. Switching waits while background jobs are working on the current database. FX thread only.
 */
public final class DatabaseChoice {
    /** How many databases the Open recent menu remembers. */
    public static final int RECENT = 6;

    /** Opens a database in the background and calls back on the FX thread with null, or the reason it failed. */
    @FunctionalInterface
    public interface Opener {
        void open(Path path, boolean create, Consumer<String> done);
    }

    private final ObjectProperty<Path> current = new SimpleObjectProperty<>(this, "current");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<Notice> problem = new SimpleObjectProperty<>(this, "problem");
    private final Opener opener;
    private final BooleanSupplier jobsRunning;
    private final Consumer<List<Path>> recentChanged;

    /**
     * @param initial       the database the window opened with
     * @param recent        the databases opened before, newest first
     * @param opener        opens a database and makes it the session's
     * @param jobsRunning   whether background jobs are running (then the database is not switched)
     * @param recentChanged hears the new recent list, to remember it
     */
    public DatabaseChoice(Path initial, List<Path> recent, Opener opener, BooleanSupplier jobsRunning,
                          Consumer<List<Path>> recentChanged) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.jobsRunning = Objects.requireNonNull(jobsRunning, "jobsRunning");
        this.recentChanged = Objects.requireNonNull(recentChanged, "recentChanged");
        current.set(normal(initial));
        for (Path path : recent) {
            Path p = normal(path);
            if (!this.recent.contains(p) && this.recent.size() < RECENT) {
                this.recent.add(p);
            }
        }
        remember(current.get());
    }

    /** The open database's file, without H2's {@code .mv.db} suffix. */
    public ReadOnlyObjectProperty<Path> currentProperty() {
        return current;
    }

    public Path current() {
        return current.get();
    }

    /** The databases opened last, newest first, the current one included. */
    public ObservableList<Path> recent() {
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
        Path target = normal(path);
        if (!org.crmworkbench.data.Database.exists(target)) {
            problem.set(Notice.error("database.problem.missing", target.toString()));
            return;
        }
        switchTo(target, false);
    }

    /** Starts a new, empty database at {@code path}; refused when a database is already there. */
    public void create(Path path) {
        Path target = normal(path);
        if (org.crmworkbench.data.Database.exists(target)) {
            problem.set(Notice.error("database.problem.exists", target.toString()));
            return;
        }
        switchTo(target, true);
    }

    private void switchTo(Path target, boolean create) {
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
        opener.open(target, create, failure -> {
            busy.set(false);
            if (failure == null) {
                current.set(target);
                remember(target);
            } else {
                problem.set(Notice.error("database.problem.open", target.toString(), failure));
            }
        });
    }

    private void remember(Path path) {
        recent.remove(path);
        recent.add(0, path);
        if (recent.size() > RECENT) {
            recent.remove(RECENT, recent.size());
        }
        recentChanged.accept(new ArrayList<>(recent));
    }

    /** The path made absolute, without the {@code .mv.db} suffix. */
    static Path normal(Path path) {
        String name = path.toAbsolutePath().normalize().toString();
        return Path.of(name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name);
    }
}
