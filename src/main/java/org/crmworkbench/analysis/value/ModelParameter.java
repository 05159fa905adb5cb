package org.crmworkbench.analysis.value;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.work.BadParameterException;

/**
 * One fitted parameter.
 *
 * @param name          its usual name ({@code r}, {@code alpha}, {@code a}, {@code b}, {@code s}, {@code beta},
 *                      {@code p}, {@code q}, {@code gamma})
 * @param value         the maximum likelihood estimate
 * @param standardError from the inverse Hessian of the negative log-likelihood (delta method from the log scale);
 *                      NaN when the Hessian is not positive definite
 */
public record ModelParameter(String name, double value, double standardError) {

    /**
     * A model's parameters by name, in order, each checked to be a positive finite number.
     *
     * @param errors the standard errors, in the same order (NaN where unknown)
     * @throws BadParameterException naming the first parameter that is not positive and finite
     */
    public static List<ModelParameter> positive(String[] names, double[] values, double[] errors) {
        List<ModelParameter> parameters = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            if (!(values[i] > 0) || !Double.isFinite(values[i])) {
                throw new BadParameterException(names[i], "value.error.modelParameter",
                        "the model parameter " + names[i] + " must be a positive number", names[i], values[i]);
            }
            parameters.add(new ModelParameter(names[i], values[i], errors[i]));
        }
        return List.copyOf(parameters);
    }
}
