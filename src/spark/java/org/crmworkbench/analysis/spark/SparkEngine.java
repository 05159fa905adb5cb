package org.crmworkbench.analysis.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.crmworkbench.analysis.basket.ItemsetMiner;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.recommend.Recommender;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.segment.KMeansFitter;
import org.crmworkbench.work.BadParameterException;

/**
 * The three big fits on Apache Spark MLlib: KMeans, ALS and FPGrowth. The Spark session starts at the first fit
 * (a few seconds in local mode) and is kept for the next ones until {@link #close()}.
 *
 * <p>Defaults for a session in this process: no Spark web UI, the driver on the loopback address, few shuffle
 * partitions; every {@code --spark-conf} setting overrides them. Data goes to Spark through {@link SparkStaging}.
 */
final class SparkEngine implements FitEngine {
    private final EngineChoice choice;
    private SparkSession session;
    /** Where ALS cuts its lineage every 10 iterations (without, 20 iterations overflow a task thread's stack). */
    private String checkpoints;
    private boolean closed;

    /**
     * @throws BadParameterException when a cluster lacks what it needs (checked before any session starts)
     */
    SparkEngine(EngineChoice choice) {
        requireClusterConfiguration(choice, System.getenv());
        SparkStaging.requireSharedFolder(choice);
        this.choice = choice;
    }

    @Override
    public EngineChoice choice() {
        return choice;
    }

    /** The session, started at the first call. */
    synchronized SparkSession session() {
        if (closed) {
            throw new IllegalStateException("the Spark engine was closed");
        }
        if (session == null) {
            NativeBlasOrder.smileFirst();
            SparkConf conf = new SparkConf().setAppName("CRM Workbench").setMaster(choice.master())
                    .set("spark.ui.enabled", "false")
                    .set("spark.ui.showConsoleProgress", "false")
                    .set("spark.sql.shuffle.partitions", "8");
            if (choice.inProcess()) {
                conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
            }
            for (Map.Entry<String, String> entry : choice.conf().entrySet()) {
                conf.set(entry.getKey(), entry.getValue());
            }
            session = SparkSession.builder().config(conf).getOrCreate();
            session.sparkContext().setLogLevel("WARN");
            if (session.sparkContext().getCheckpointDir().isEmpty()) {
                checkpoints = SparkStaging.checkpointFolder(choice);
                if (checkpoints != null) {
                    session.sparkContext().setCheckpointDir(checkpoints);
                }
            }
        }
        return session;
    }

    /**
     * A YARN master is found through the Hadoop configuration folder; without one Spark would fail deep inside.
     *
     * @throws BadParameterException on {@code spark-master}
     */
    static void requireClusterConfiguration(EngineChoice choice, Map<String, String> env) {
        if ("yarn".equals(choice.master()) && blank(env.get("HADOOP_CONF_DIR")) && blank(env.get("YARN_CONF_DIR"))) {
            throw new BadParameterException("spark-master", "engine.spark.yarnConf", "the master yarn needs the Hadoop"
                    + " cluster's configuration: set HADOOP_CONF_DIR (or YARN_CONF_DIR) to the folder holding its"
                    + " core-site.xml and yarn-site.xml");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Where fits stage their input: a shared folder from the settings, or a temporary one here. */
    SparkStaging staging() {
        return new SparkStaging(session(), choice);
    }

    @Override
    public KMeansFitter kMeans() {
        return new SparkKMeans(this);
    }

    @Override
    public Recommender factorisation(RecommenderSettings settings) {
        return new SparkAls(this, settings);
    }

    @Override
    public ItemsetMiner itemsets() {
        return new SparkFpGrowth(this);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (session != null) {
            if (checkpoints != null) {
                SparkStaging.delete(session, checkpoints);
            }
            session.stop();
            session = null;
        }
    }
}
