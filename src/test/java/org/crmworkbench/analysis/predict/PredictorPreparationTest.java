package org.crmworkbench.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.work.BadParameterException;
import org.junit.jupiter.api.Test;

class PredictorPreparationTest {

    /** Six rows: spend (target, one missing), age (one missing), same (constant), region (one missing). */
    static FeatureTable table() {
        double nan = Double.NaN;
        return new FeatureTable("test", List.of("a", "b", "c", "d", "e", "f", "g"),
                List.of(new FeatureTable.NumericColumn("spend", new double[] {10, 20, nan, 40, 50, 60, 70}),
                        new FeatureTable.NumericColumn("age", new double[] {30, nan, 99, 50, 20, 40, 60}),
                        new FeatureTable.NumericColumn("same", new double[] {7, 7, 1, 7, 7, 7, 7})),
                List.of(new FeatureTable.CategoryColumn("region",
                        new String[] {"South", "North", "West", null, "East", "North", "South"}),
                        new FeatureTable.CategoryColumn("one", new String[] {"x", "x", "y", "x", "x", "x", "x"})));
    }

    @Test
    void encodesNumericAndCategoricalColumns() {
        PredictorData d = PredictorData.prepare(table(), "spend", List.of("age", "region"));
        assertEquals(6, d.rows());
        assertEquals(1, d.droppedRows());
        assertEquals(List.of("a", "b", "d", "e", "f", "g"), d.rowIds());
        assertArrayEquals(new int[] {0, 1, 3, 4, 5, 6}, d.tableRows());
        // levels among the rows with a target: East, North, South (West only on the dropped row); East is the base
        assertEquals(List.of("age", "region[North]", "region[South]"), d.encoding().columns());
        assertEquals(List.of(List.of(), List.of("North", "South")), d.encoding().levels());
        // median of age over rows with a target: 20, 30, 40, 50, 60 -> 40
        assertArrayEquals(new double[] {40, 0, 0}, d.encoding().fill());
        assertArrayEquals(new double[] {30, 0, 1}, d.x()[0]);
        // a missing number stays missing in x (each training part fills it with its own median) ...
        assertArrayEquals(new double[] {Double.NaN, 1, 0}, d.x()[1]);
        // ... and filled() gives it the median of all rows
        assertArrayEquals(new double[] {40, 1, 0}, d.filled()[1]);
        assertArrayEquals(new double[] {50, 0, 0}, d.x()[2], "missing level: every level column 0");
        assertArrayEquals(new double[] {10, 20, 40, 50, 60, 70}, d.y());
    }

    @Test
    void encodesANewTableTheTrainingWay() {
        PredictorData d = PredictorData.prepare(table(), "spend", List.of("age", "region"));
        FeatureTable fresh = new FeatureTable("new", List.of("p", "q"),
                List.of(new FeatureTable.NumericColumn("age", new double[] {Double.NaN, 25})),
                List.of(new FeatureTable.CategoryColumn("region", new String[] {"Mars", "South"})));
        double[][] x = d.encoding().encode(fresh);
        assertArrayEquals(new double[] {40, 0, 0}, x[0], "missing -> median, unseen level -> all 0");
        assertArrayEquals(new double[] {25, 0, 1}, x[1]);
    }

    @Test
    void refusesBadChoicesNamingTheColumn() {
        FeatureTable t = table();
        expect("target", "nope", () -> PredictorData.prepare(t, "nope", List.of("age")));
        BadParameterException unknown = expect("features", "ghost",
                () -> PredictorData.prepare(t, "spend", List.of("age", "ghost")));
        assertTrue(unknown.getMessage().contains("spend, age, same, region, one"), unknown.getMessage());
        expect("target", "region", () -> PredictorData.prepare(t, "region", List.of("age")));
        expect("features", "spend", () -> PredictorData.prepare(t, "spend", List.of("age", "spend")));
        BadParameterException none = assertThrows(BadParameterException.class,
                () -> PredictorData.prepare(t, "spend", List.of()));
        assertEquals("features", none.parameter());
        // constant among the rows with a target (the 1 and the y sit on the dropped row)
        BadParameterException constant = expect("features", "same",
                () -> PredictorData.prepare(t, "spend", List.of("age", "same")));
        assertTrue(constant.getMessage().contains("same value (7) in every row"), constant.getMessage());
        BadParameterException level = expect("features", "one",
                () -> PredictorData.prepare(t, "spend", List.of("one")));
        assertTrue(level.getMessage().contains("(x)"), level.getMessage());
        // 6 rows, age + 2 levels + intercept = 4 parameters: fine; with 3 more numeric columns 7 parameters: refused
        FeatureTable wide = new FeatureTable("wide", t.rowIds(),
                List.of(t.numeric("spend").orElseThrow(), t.numeric("age").orElseThrow(),
                        new FeatureTable.NumericColumn("u", new double[] {1, 2, 3, 4, 5, 6, 8}),
                        new FeatureTable.NumericColumn("v", new double[] {2, 1, 3, 5, 4, 6, 9}),
                        new FeatureTable.NumericColumn("w", new double[] {3, 1, 2, 4, 6, 5, 1})),
                t.categories());
        BadParameterException rows = assertThrows(BadParameterException.class,
                () -> PredictorData.prepare(wide, "spend", List.of("age", "u", "v", "w", "region")));
        assertEquals("features", rows.parameter());
        assertEquals("predict.error.tooFewRows", rows.messageKey());
        assertTrue(rows.getMessage().contains("6 rows") && rows.getMessage().contains("7 parameters"),
                rows.getMessage());
    }

    @Test
    void refusesTwoIdenticalColumnsNamingTheSecond() {
        FeatureTable base = OlsSummaryAgreementTest.table();
        FeatureTable copy = new FeatureTable("copy", base.rowIds(),
                List.of(base.numeric("x1").orElseThrow(), base.numeric("y").orElseThrow(),
                        new FeatureTable.NumericColumn("x1_again", base.numeric("x1").orElseThrow().values())),
                List.of());
        PredictorData d = PredictorData.prepare(copy, "y", List.of("x1", "x1_again"));
        BadParameterException e = expect("features", "x1_again",
                () -> new RegressionStudy(d, Evaluation.defaults()).fit(RegressionSettings.of(RegressionModel.OLS),
                        org.crmworkbench.work.Progress.none()));
        assertEquals("predict.error.collinear", e.messageKey());
    }

    static BadParameterException expect(String parameter, String column, Runnable action) {
        BadParameterException e = assertThrows(BadParameterException.class, action::run);
        assertEquals(parameter, e.parameter(), e.getMessage());
        assertTrue(e.getMessage().contains(column), e.getMessage());
        assertTrue(e.messageKey().startsWith("predict.error."), e.messageKey());
        return e;
    }
}
