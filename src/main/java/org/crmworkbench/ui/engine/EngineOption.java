package org.crmworkbench.ui.engine;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crmworkbench.analysis.basket.ItemsetMiner;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.recommend.Recommender;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.TrainedRecommender;
import org.crmworkbench.analysis.segment.KMeansFitter;

/**
 * A settings pane's "Engine: Local / Apache Spark" choice over the window's {@link FitEngineSession}. Its
 * {@link #engine()} is the engine a workflow is built on: each fit it hands out runs on the engine chosen when it was
 * handed out, opened at the fit itself (see {@link FitEngineSession#fit}). The choice is changed on the FX thread; workers read a
 * copy of it.
 */
public final class EngineOption {
    private final FitEngineSession engines;
    private final ObjectProperty<EngineKind> kind = new SimpleObjectProperty<>(this, "kind", EngineKind.LOCAL);
    private volatile EngineKind chosen = EngineKind.LOCAL;
    private final FitEngine engine = new Chosen();

    public EngineOption(FitEngineSession engines) {
        this.engines = Objects.requireNonNull(engines, "engines");
        kind.addListener((o, before, after) -> {
            if (after == null || (after == EngineKind.SPARK && !engines.sparkAvailable())) {
                kind.set(before); // Spark cannot be chosen in a build without it
                return;
            }
            chosen = after;
        });
    }

    /** The engine chosen (FX thread). */
    public ObjectProperty<EngineKind> kindProperty() {
        return kind;
    }

    /** The engine chosen. */
    public EngineKind kind() {
        return chosen;
    }

    /** Whether Spark can be chosen (it is part of this build). */
    public boolean sparkAvailable() {
        return engines.sparkAvailable();
    }

    /** The choice a fit handed out now runs with (Spark with the window's master and settings). */
    public EngineChoice choice() {
        return engines.choice(chosen);
    }

    /** The window's engines. */
    public FitEngineSession session() {
        return engines;
    }

    /** The engine workflows are built on: it follows this choice (see the class comment). */
    public FitEngine engine() {
        return engine;
    }

    /** Hands out fits on the engine chosen at the time; closing it closes nothing (the session owns the engines). */
    private final class Chosen implements FitEngine {
        @Override
        public EngineChoice choice() {
            return EngineOption.this.choice();
        }

        @Override
        public KMeansFitter kMeans() {
            EngineKind on = chosen;
            return (data, parameters, progress) -> engines.fit(on, e -> e.kMeans().fit(data, parameters, progress));
        }

        @Override
        public Recommender factorisation(RecommenderSettings settings) {
            EngineKind on = chosen;
            return new Recommender() {
                @Override
                public RecommenderSettings settings() {
                    return settings;
                }

                @Override
                public TrainedRecommender fit(org.crmworkbench.analysis.recommend.RecommenderInput input,
                                              org.crmworkbench.work.Progress progress) {
                    return engines.fit(on, e -> e.factorisation(settings).fit(input, progress));
                }
            };
        }

        @Override
        public ItemsetMiner itemsets() {
            EngineKind on = chosen;
            return (transactions, settings, progress) -> engines.fit(on, e -> e.itemsets().mine(transactions,
                    settings, progress));
        }

        @Override
        public void close() {
            // the window's session closes the engines
        }
    }
}
