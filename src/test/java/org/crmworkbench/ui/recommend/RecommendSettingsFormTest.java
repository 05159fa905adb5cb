package org.crmworkbench.ui.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.BadParameterException;
import org.junit.jupiter.api.Test;

/** The model panel's values: ranges from the settings record, methods chosen by name. */
class RecommendSettingsFormTest {
    private final RecommendSettingsForm form = new RecommendSettingsForm(new org.crmworkbench.ui.engine.EngineOption(new org.crmworkbench.ui.engine.FitEngineSession(
                new org.crmworkbench.analysis.engine.FitEngines())));

    @Test
    void theSpinnersTakeTheAnalysisRangesAndAnOutOfRangeValueIsRefusedByName() {
        assertSame(RecommenderSettings.NEIGHBOURS, form.neighboursRange());
        assertSame(RecommenderSettings.FACTORS, form.factorsRange());
        assertSame(RecommenderSettings.N, form.nRange());
        form.neighboursProperty().set(500);
        assertEquals(500, form.settings().neighbours(), "beyond the slider's track, within the analysis' range");
        form.neighboursProperty().set(1001);
        BadParameterException e = assertThrows(BadParameterException.class, form::settings);
        assertEquals("neighbours", e.parameter());
        assertArrayEquals(new Object[] {1, 1000, 1001}, e.args());
    }

    @Test
    void aMethodIsChosenByItsNameAndShownInTheReadersLanguage() {
        form.algorithmChoice().chosenProperty().set("itemknn");
        assertEquals(RecommenderAlgorithm.ITEM_KNN, form.algorithmProperty().get());
        form.algorithmProperty().set(RecommenderAlgorithm.USER_KNN);
        assertEquals("userknn", form.algorithmChoice().chosenProperty().get());
        assertEquals("Item-based kNN", form.algorithmChoice().label("itemknn", Messages.english()));
        assertEquals(RecommenderAlgorithm.values().length, form.algorithmChoice().names().size());
    }
}
