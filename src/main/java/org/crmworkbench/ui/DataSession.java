package org.crmworkbench.ui;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.data.Database;

/**
 * The window's link to its data: the database once it is open (it is opened by a background job after the first
 * frame, so it is null at first), a version that ticks whenever stored data changes (an import, a load of the
 * sample data), and the reason when the database could not be opened. Workspaces listen to it to refresh.
 * Read and changed on the FX thread only.
 */
public final class DataSession {
    private final ObjectProperty<Database> database = new SimpleObjectProperty<>(this, "database");
    private final LongProperty dataVersion = new SimpleLongProperty(this, "dataVersion");
    private final StringProperty openFailure = new SimpleStringProperty(this, "openFailure");
    private final LongProperty rulesVersion = new SimpleLongProperty(this, "rulesVersion");

    public ReadOnlyObjectProperty<Database> databaseProperty() {
        return database;
    }

    /** The open database, or null while it is still opening (or failed to open). */
    public Database database() {
        return database.get();
    }

    public ReadOnlyLongProperty dataVersionProperty() {
        return dataVersion;
    }

    public ReadOnlyStringProperty openFailureProperty() {
        return openFailure;
    }

    /** The database is ready. */
    public void opened(Database db) {
        openFailure.set(null);
        database.set(db);
        dataVersion.set(dataVersion.get() + 1);
    }

    /** The database could not be opened; {@code reason} is shown to the user. */
    public void failed(String reason) {
        openFailure.set(reason);
    }

    /** Ticks whenever a basket analysis is saved: its rules feed the Recommend workspace's cross-sell source. */
    public ReadOnlyLongProperty rulesVersionProperty() {
        return rulesVersion;
    }

    /** A basket analysis was saved. */
    public void rulesSaved() {
        rulesVersion.set(rulesVersion.get() + 1);
    }

    /** Stored data changed (rows were imported); views over it should reload. */
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }
}
