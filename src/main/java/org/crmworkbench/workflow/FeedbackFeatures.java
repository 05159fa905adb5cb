package org.crmworkbench.workflow;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.text.CustomerSentiment;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.ScoredFeedback;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.CustomerFeatureSet;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.FeatureTable.NumericColumn;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;

/**
 * The customers' feedback as features of the Predict workspace's models: how many texts they wrote, how many of
 * them were negative and their mean sentiment score (0 without feedback), counted before the cutoff for the table the models learn from and up to the end of the data for the table they
 * score. Added only when the database holds feedback; the analyst picks them like any other feature.
 */
final class FeedbackFeatures {
    static final String COUNT = "feedback_count";
    static final String NEGATIVE = "feedback_negative";
    static final String SENTIMENT = "feedback_sentiment";

    private FeedbackFeatures() {
    }

    /** {@code history} with the three feedback columns added to both tables, or as it is without feedback. */
    static CustomerHistory add(Database database, CustomerHistory history, Progress progress) {
        FeedbackWorkflow workflow = new FeedbackWorkflow(database);
        List<FeedbackText> texts = workflow.readStored(Progress.none());
        if (texts.isEmpty()) {
            return history;
        }
        progress.stage("feedback.stage.sentiment");
        progress.checkCancelled();
        List<ScoredFeedback> scored = workflow.score(texts, LanguageChoice.AUTO, Progress.none());
        LocalDateTime cutoff = history.cutoff().atStartOfDay();
        return new CustomerHistory(
                withFeedback(history.atCutoff(), workflow.customerSentiment(scored, cutoff)),
                withFeedback(history.current(), workflow.customerSentiment(scored, null)),
                history.cutoff(), history.windowDays());
    }

    private static CustomerFeatureSet withFeedback(CustomerFeatureSet set, Map<String, CustomerSentiment> byId) {
        FeatureTable table = set.table();
        if (table.numeric(SENTIMENT).isPresent()) {
            return set;
        }
        int n = table.rowCount();
        double[] count = new double[n];
        double[] negative = new double[n];
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSentiment customer = byId.get(table.rowIds().get(i));
            if (customer != null) {
                count[i] = customer.texts();
                negative[i] = customer.negative();
                mean[i] = customer.meanScore();
            }
        }
        List<NumericColumn> numeric = new ArrayList<>(table.numeric());
        numeric.add(new NumericColumn(COUNT, count));
        numeric.add(new NumericColumn(NEGATIVE, negative));
        numeric.add(new NumericColumn(SENTIMENT, mean));
        FeatureTable wider = new FeatureTable(table.source(), table.rowIds(), numeric, table.categories());
        return new CustomerFeatureSet(wider, set.customerIds(), set.revenue(), set.asOf(), set.defaultFeatures());
    }
}
