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
    private boolean closed;

    SparkEngine(EngineChoice choice) {
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
        }
        return session;
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
            session.stop();
            session = null;
        }
    }
}
