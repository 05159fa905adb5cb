package org.crmworkbench.ui.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.work.BadParameterException;

/**
 * The settings dialog's "Engine for big fits" section: Apache Spark's master and its settings (one
 * {@code key=value} a line), checked as they are typed the way {@code --spark-master} and {@code --spark-conf} are
 * checked, and a line saying whether Spark is part of this build. FX thread.
 */
public final class EngineSettingsModel {
    private final EngineChoice current;
    private final Notice status;
    private final StringProperty master = new SimpleStringProperty(this, "master");
    private final StringProperty conf = new SimpleStringProperty(this, "conf");
    private final ReadOnlyObjectWrapper<Notice> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    /**
     * @param current          the Spark master and settings in use
     * @param sparkDescription what Spark is built on ({@code Apache Spark 3.5.9}), empty when it is not in this build
     */
    public EngineSettingsModel(EngineChoice current, Optional<String> sparkDescription) {
        this.current = Objects.requireNonNull(current, "current");
        this.status = sparkDescription.map(d -> Notice.info("settings.engine.available", d))
                .orElseGet(() -> Notice.error("settings.engine.missing", FitEngines.SPARK_BUILD_COMMAND));
        master.set(current.master());
        conf.set(current.conf().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")));
        master.addListener((o, a, b) -> check());
        conf.addListener((o, a, b) -> check());
    }

    /** Apache Spark's master, e.g. {@code local[*]} or {@code spark://host:7077}. */
    public StringProperty masterProperty() {
        return master;
    }

    /** Spark's settings, one {@code key=value} a line. */
    public StringProperty confProperty() {
        return conf;
    }

    /** What is wrong with the master or the settings as typed; null when they are fine. */
    public ReadOnlyObjectProperty<Notice> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether Spark is part of this build, and what it is built on. */
    public Notice status() {
        return status;
    }

    /** The master and settings as typed, or empty (with {@link #problemProperty()} saying why) when they are wrong. */
    public Optional<EngineChoice> choice() {
        List<String> lines = Arrays.stream(conf.get() == null ? new String[0] : conf.get().split("\\R"))
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        try {
            EngineChoice choice = EngineChoice.parse(EngineKind.SPARK.cliName(), master.get(), lines);
            problem.set(null);
            return Optional.of(choice);
        } catch (BadParameterException e) {
            problem.set(Notice.error(e.messageKey(), e.args()));
            return Optional.empty();
        }
    }

    /** Whether the typed choice differs from the one in use. */
    public boolean changed(EngineChoice choice) {
        return !choice.equals(current);
    }

    private void check() {
        choice();
    }
}
