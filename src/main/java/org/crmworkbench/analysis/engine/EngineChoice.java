package org.crmworkbench.analysis.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.crmworkbench.work.BadParameterException;

/**
 * The engine a fit runs on and, for Spark, where: the master ({@code local[*]}, {@code local[4]},
 * {@code spark://host:7077} for a standalone cluster, {@code yarn} for a Hadoop cluster) and extra Spark settings
 * ({@code spark.executor.memory=4g} ...), kept in the order given.
 */
public record EngineChoice(EngineKind kind, String master, Map<String, String> conf) {
    /** The master when none is given: Spark in this process on every core. */
    public static final String DEFAULT_MASTER = "local[*]";

    private static final Pattern MASTER = Pattern.compile(
            "local(\\[(\\*|[1-9][0-9]{0,3})(,[0-9]{1,3})?\\])?|spark://[^\\s/]+(:[0-9]{1,5})?(,[^\\s/]+(:[0-9]{1,5})?)*"
                    + "|yarn");
    private static final Pattern CONF_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");

    public EngineChoice {
        Objects.requireNonNull(kind, "kind");
        master = master == null || master.isBlank() ? DEFAULT_MASTER : master.trim();
        if (!MASTER.matcher(master).matches()) {
            throw new BadParameterException("spark-master", "engine.master.bad", "'" + master + "' is not a Spark"
                    + " master; expected local[*], local[N], spark://host:7077 or yarn",
                    master);
        }
        conf = Collections.unmodifiableMap(new LinkedHashMap<>(conf == null ? Map.of() : conf));
    }

    /** The default: every fit on this machine. */
    public static EngineChoice local() {
        return new EngineChoice(EngineKind.LOCAL, DEFAULT_MASTER, Map.of());
    }

    /** Spark at {@code master} with no extra settings. */
    public static EngineChoice spark(String master) {
        return new EngineChoice(EngineKind.SPARK, master, Map.of());
    }

    /**
     * The choice the command line's options give: {@code --engine}, {@code --spark-master}, and each
     * {@code --spark-conf key=value}.
     *
     * @throws BadParameterException naming the option when one is malformed, or when Spark options come with the local
     *                               engine
     */
    public static EngineChoice parse(String engine, String master, List<String> confEntries) {
        EngineKind kind = engine == null ? EngineKind.LOCAL : EngineKind.parse("engine", engine);
        List<String> entries = confEntries == null ? List.of() : confEntries;
        if (kind == EngineKind.LOCAL && (master != null || !entries.isEmpty())) {
            throw new BadParameterException(master != null ? "spark-master" : "spark-conf", "engine.spark.optionsLocal",
                    "Spark options need --engine spark (the local engine has no master or Spark settings)");
        }
        Map<String, String> conf = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            String key = eq < 0 ? entry.trim() : entry.substring(0, eq).trim();
            if (eq < 0 || !CONF_KEY.matcher(key).matches()) {
                throw new BadParameterException("spark-conf", "engine.conf.bad",
                        "'" + entry + "' is not a Spark setting; expected key=value, e.g. spark.executor.memory=4g",
                        entry);
            }
            conf.put(key, entry.substring(eq + 1).trim());
        }
        return new EngineChoice(kind, master, conf);
    }

    /** Whether Spark runs in this process rather than on a cluster. */
    public boolean inProcess() {
        return master.startsWith("local");
    }

    /** How it reads in a run's provenance: {@code local}, or {@code spark local[2]}. */
    public String describe() {
        return kind == EngineKind.LOCAL ? kind.cliName() : kind.cliName() + " " + master;
    }
}
