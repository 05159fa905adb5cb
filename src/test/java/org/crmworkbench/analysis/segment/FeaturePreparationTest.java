package org.crmworkbench.analysis.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.FeatureTable.CategoryColumn;
import org.crmworkbench.model.FeatureTable.NumericColumn;
import org.crmworkbench.work.BadParameterException;
import org.junit.jupiter.api.Test;

class FeaturePreparationTest {
    private static final double NA = Double.NaN;
    private final FeatureTable table = new FeatureTable("test", List.of("a", "b", "c", "d", "e"),
            List.of(new NumericColumn("spend", new double[] {10, 20, NA, 40, 100}),
                    new NumericColumn("visits", new double[] {1, 2, 3, 4, 5}),
                    new NumericColumn("flat", new double[] {7, 7, 7, 7, 7})),
            List.of(new CategoryColumn("region", new String[] {"North", "South", null, "North", "East"})));
    private final FeaturePreparation preparation = new FeaturePreparation(table);

    @Test
    void missingNumbersGetTheMedianAndAreCounted() {
        PreparedFeatures p = preparation.prepare(List.of("spend"), Scaling.NONE);
        assertArrayEquals(new double[] {10, 20, 30, 40, 100}, p.original().column(0), 0);
        assertEquals(List.of(new ImputedFeature("spend", 1, 30)), p.imputed());
    }

    @Test
    void zScoreUsesThePopulationStandardDeviation() {
        PreparedFeatures p = preparation.prepare(List.of("visits"), Scaling.ZSCORE);
        double sd = Math.sqrt(2); // values 1..5: mean 3, population variance 2 (as scikit-learn's StandardScaler)
        assertArrayEquals(new double[] {-2 / sd, -1 / sd, 0, 1 / sd, 2 / sd}, p.scaled().column(0), 1e-12);
    }

    @Test
    void minMaxAndRobustScaling() {
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1},
                preparation.prepare(List.of("visits"), Scaling.MINMAX).scaled().column(0), 1e-12);
        // robust: (x - median) / IQR, median 30, quartiles 20 and 40 (type 7) -> IQR 20
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 3.5},
                preparation.prepare(List.of("spend"), Scaling.ROBUST).scaled().column(0), 1e-12);
    }

    @Test
    void categoriesBecomeOneColumnPerValue() {
        PreparedFeatures p = preparation.prepare(List.of("region", "visits"), Scaling.NONE);
        assertEquals(List.of("region=East", "region=North", "region=South", "visits"), p.original().names());
        assertArrayEquals(new double[] {1, 0, 0, 1, 0}, p.original().column(1), 0);
        assertArrayEquals(new double[] {0, 0, 0, 0, 1}, p.original().column(0), 0);
        assertEquals(List.of(new ImputedFeature("region", 1, 0)), p.imputed());
    }

    @Test
    void aConstantColumnIsReportedAndStaysFinite() {
        PreparedFeatures p = preparation.prepare(List.of("flat", "visits"), Scaling.ZSCORE);
        assertEquals(List.of("flat"), p.constant());
        assertArrayEquals(new double[] {0, 0, 0, 0, 0}, p.scaled().column(0), 0);
    }

    @Test
    void badChoicesNameTheParameter() {
        BadParameterException unknown = assertThrows(BadParameterException.class,
                () -> preparation.prepare(List.of("visits", "age"), Scaling.ZSCORE));
        assertEquals("features", unknown.parameter());
        assertEquals("segment.error.unknownFeature", unknown.messageKey());
        assertEquals("features", assertThrows(BadParameterException.class,
                () -> preparation.prepare(List.of(), Scaling.ZSCORE)).parameter());
        assertEquals("features", assertThrows(BadParameterException.class,
                () -> preparation.prepare(List.of("visits", "visits"), Scaling.ZSCORE)).parameter());
        assertEquals("scale", assertThrows(BadParameterException.class, () -> Scaling.fromKey("log")).parameter());
    }
}
