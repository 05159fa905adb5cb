package org.crmworkbench.workflow;

import java.util.List;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.data.features.CustomerFeatureReader;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.work.BadParameterException;

/**
 * The rows a model learns from and the rows it then scores.
 *
 * @param data        the prepared rows
 * @param scoring     the table scored by the final model (the file itself, or today's customers)
 * @param actual      the scored rows' target where known (the file's column), else null
 * @param customerIds internal ids of the scored customers (database only), else null
 * @param history     the customer history (database only), else null
 * @param defaults    true when the analyst named no features
 */
public record PredictionRows(PredictorData data, FeatureTable scoring, double[] actual, long[] customerIds,
                             CustomerHistory history, boolean defaults) {

    /** What the rows are, for the saved run. */
    public String source() {
        return data.source();
    }

    /**
     * Learns from the customers at the cutoff of {@code history} and scores today's customers.
     *
     * @param features the features, or null for {@link CustomerFeatureReader#DEFAULT_FEATURES}
     * @throws BadParameterException when a feature is an outcome of the window
     */
    public static PredictionRows ofHistory(CustomerHistory history, String target, List<String> features) {
        boolean defaults = features == null;
        List<String> chosen = defaults ? CustomerFeatureReader.DEFAULT_FEATURES : features;
        for (String f : chosen) {
            if (CustomerHistory.OUTCOMES.contains(f)) {
                throw new BadParameterException("features", "cli.predict.outcomeFeature",
                        f + " is measured in the outcome window and cannot be a feature", f,
                        String.join(", ", CustomerHistory.OUTCOMES));
            }
        }
        PredictorData data = PredictorData.prepare(history.atCutoff().table(), target, chosen);
        return new PredictionRows(data, history.current().table(), null, history.current().customerIds(), history,
                defaults);
    }

    /** Learns from the rows of {@code table} that have {@code target} and scores every row of it. */
    public static PredictionRows ofTable(FeatureTable table, String target, List<String> features,
                                         boolean defaults) {
        PredictorData data = PredictorData.prepare(table, target, features);
        double[] actual = table.numeric(target).map(c -> c.values().clone()).orElse(null);
        return new PredictionRows(data, table, actual, null, null, defaults);
    }
}
