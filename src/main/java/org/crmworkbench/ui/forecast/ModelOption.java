package org.crmworkbench.ui.forecast;

import java.util.Objects;
import org.crmworkbench.analysis.forecast.ForecastModel;

/**
 * One entry of the Forecast view's model list: the model and its name in the reader's language. Two options are the
 * same when they stand for the same model, whatever the language they were written in.
 */
public record ModelOption(ForecastModel model, String label) {
    public ModelOption {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelOption o && o.model == model;
    }

    @Override
    public int hashCode() {
        return model.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
