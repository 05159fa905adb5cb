package org.crmworkbench.analysis.predict;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.crmworkbench.work.BadParameterException;

/** The models that score a 0/1 outcome such as churn. */
public enum ClassifierModel {
    /** Logistic regression fitted by iteratively reweighted least squares, with a coefficient table. */
    LOGISTIC("logistic"),
    /** Random forest of classification trees (Smile). */
    RANDOM_FOREST("rf"),
    /** Gradient boosted trees (Smile). */
    GRADIENT_BOOSTING("gbm");

    private final String key;

    ClassifierModel(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ClassifierModel fromKey(String key) {
        for (ClassifierModel m : values()) {
            if (m.key.equalsIgnoreCase(key.trim())) {
                return m;
            }
        }
        String keys = Arrays.stream(values()).map(ClassifierModel::key).collect(Collectors.joining(", "));
        throw new BadParameterException("model", "predict.error.model", "expected one of " + keys + ", got " + key,
                key, keys);
    }
}
