package org.crmworkbench.analysis.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class MaximumLikelihoodFitTest {

    @Test
    void anInteriorMaximumHasNoRunaway() {
        MaximumLikelihoodFit.Objective objective = (theta, gradient) -> {
            if (gradient != null) {
                gradient[0] = 2 * (theta[0] - 0.5);
                gradient[1] = 4 * (theta[1] + 1);
            }
            return (theta[0] - 0.5) * (theta[0] - 0.5) + 2 * (theta[1] + 1) * (theta[1] + 1);
        };
        MaximumLikelihoodFit.Result result = new MaximumLikelihoodFit(objective, true)
                .maximise(new double[] {3, 3}, "test", Progress.none());
        assertArrayEquals(new boolean[] {false, false}, result.runaway());
        assertEquals(Math.exp(0.5), result.parameters()[0], 1e-6);
        assertEquals(Math.exp(-1), result.parameters()[1], 1e-6);
    }

    @Test
    void runawayNeedsBothAFlatLikelihoodAndASteadyDrift() {
        double[] flat = {10, 10 - 1e-10, 10 - 2e-10, 10 - 3e-10};
        double[][] drifting = {{0, 1}, {0.001, 2}, {0, 3}, {0.001, 4.5}};
        assertArrayEquals(new boolean[] {false, true}, MaximumLikelihoodFit.runaway(drifting, flat));
        // a companion drifting steadily a quarter of the distance or more is flagged with it
        double[][] pair = {{0, 1, -3}, {0.001, 2, -3.1}, {0, 3, -3.2}, {0.001, 4.5, -3.3}};
        assertArrayEquals(new boolean[] {false, true, true}, MaximumLikelihoodFit.runaway(pair, flat));
        // but a quarter-distance drift alone is not a runaway
        assertNull(MaximumLikelihoodFit.runaway(new double[][] {{0, 1}, {0, 1.1}, {0, 1.2}, {0, 1.3}}, flat));
        // still improving
        assertNull(MaximumLikelihoodFit.runaway(drifting, new double[] {10, 9.9, 9.8, 9.7}));
        // flat but back and forth, or moving too little
        assertNull(MaximumLikelihoodFit.runaway(new double[][] {{0, 1}, {0, 2.5}, {0, 2}, {0, 3}}, flat));
        assertNull(MaximumLikelihoodFit.runaway(new double[][] {{0, 1}, {0, 1.2}, {0, 1.4}, {0, 1.6}}, flat));
    }
}
