package org.crmworkbench.analysis.recommend;

import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/** How explicit matrix factorisation is trained: stochastic gradient descent or alternating least squares. */
public enum FactorSolver {
    SGD, ALS;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactorSolver parse(String parameter, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (FactorSolver s : values()) {
            if (s.cliName().equals(t)) {
                return s;
            }
        }
        throw new BadParameterException(parameter, "recommend.solver.unknown",
                "unknown solver '" + text + "'; expected sgd or als", text);
    }
}
