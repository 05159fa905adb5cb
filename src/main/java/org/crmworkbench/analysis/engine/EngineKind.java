package org.crmworkbench.analysis.engine;

import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/** Where the big fits (k-means, matrix factorisation by ALS, FP-growth) run, with the names the command line uses. */
public enum EngineKind {
    /** In this process, on this machine's cores: the default. */
    LOCAL("local"),
    /** Apache Spark MLlib, in local mode or on a cluster (an optional part of the build). */
    SPARK("spark");

    private final String cliName;

    EngineKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static EngineKind parse(String parameter, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (EngineKind kind : values()) {
            if (kind.cliName.equals(t)) {
                return kind;
            }
        }
        throw new BadParameterException(parameter, "engine.unknown",
                "unknown engine '" + text + "'; expected local or spark", text);
    }
}
