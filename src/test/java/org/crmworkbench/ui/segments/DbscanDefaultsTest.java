package org.crmworkbench.ui.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.segment.SegmentSummary;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DBSCAN starts from the k-distance curve's knee, and scores it cannot compute are worded, not NaN (issue 20). */
class DbscanDefaultsTest {
    @TempDir
    static Path dir;
    private static Database db;

    @BeforeAll
    static void sample() throws Exception {
        db = GeneratedSample.open(dir, 300, 5);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private SegmentsViewModel open() {
        DataSession session = new DataSession();
        SegmentsViewModel model = new SegmentsViewModel(session, new SameThreadJobRunner(), Runnable::run,
                Messages::english, new org.crmworkbench.ui.engine.EngineOption(new org.crmworkbench.ui.engine.FitEngineSession(
                new org.crmworkbench.analysis.engine.FitEngines())));
        session.opened(db);
        assertEquals(SegmentsViewModel.Phase.READY, model.phaseProperty().get());
        return model;
    }

    @Test
    void choosingDbscanStartsFromTheSuggestedEps() {
        SegmentsViewModel model = open();
        model.form().algorithmProperty().set(SegmentAlgorithm.DBSCAN);
        KDistanceCurve curve = model.kSelection().kDistanceProperty().get();
        assertNotNull(curve, "the eps tab shows the k-distance curve without pressing Suggest");
        assertEquals(curve.suggestedEps(), model.form().epsProperty().get(), 1e-12);
        SegmentationResult r = model.resultProperty().get();
        assertNotNull(r);
        assertEquals(curve.suggestedEps(), r.settings().eps(), 1e-12, "segmented with the knee's eps");

        model.form().minPtsProperty().set(model.form().minPtsProperty().get() + 3);
        KDistanceCurve other = model.kSelection().kDistanceProperty().get();
        assertNotNull(other, "a new minPts gives a new curve");
        assertEquals(other.suggestedEps(), model.form().epsProperty().get(), 1e-12, "and eps follows its knee");

        model.form().epsProperty().set(1e6);
        model.form().minPtsProperty().set(model.form().minPtsProperty().get() + 1);
        assertEquals(1e6, model.form().epsProperty().get(), "the analyst's own eps is kept");
        SegmentationResult one = model.resultProperty().get();
        assertEquals(1, one.clustering().clusterCount());
        String english = new SegmentSummary(Messages.english()).result(one, 0);
        assertTrue(english.contains("in one segment") && english.contains("silhouette not defined")
                && english.contains("Davies-Bouldin not defined") && !english.contains("NaN"), english);
        String chinese = new SegmentSummary(new Messages(Locale.SIMPLIFIED_CHINESE)).result(one, 0);
        assertTrue(chinese.contains("轮廓系数无定义") && !chinese.contains("NaN") && !chinese.contains("\uFFFD"), chinese);
    }
}
