package org.crmworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.segment.OutlierRules;
import org.crmworkbench.analysis.segment.PreparedFeatures;
import org.crmworkbench.analysis.segment.Scaling;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.present.PlantedSegments;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segment workflow on planted segments (a file) and on the sample database (read, run, save). */
class SegmentWorkflowTest {
    private static final int ROWS = 300;
    private static final int PLANTED = 4;

    @TempDir
    Path dir;

    private final SegmentWorkflow workflow = new SegmentWorkflow();

    /** Four planted blobs written as a feature file: id, then the planted features. */
    private Path plantedFile(PlantedSegments planted) throws Exception {
        StringBuilder csv = new StringBuilder("id," + String.join(",", PlantedSegments.FEATURES) + "\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("R").append(i);
            for (int j = 0; j < PlantedSegments.FEATURES.size(); j++) {
                csv.append(',').append(planted.matrix.get(i, j));
            }
            csv.append('\n');
        }
        return Files.writeString(dir.resolve("planted.csv"), csv.toString());
    }

    private static SegmentRequest kMeans(int kFrom, int kTo) {
        return new SegmentRequest(List.of(), Scaling.ZSCORE, SegmentAlgorithm.KMEANS, kFrom, kTo, null, 5, 10, 7,
                OutlierRules.DEFAULT_Z, OutlierRules.DEFAULT_IQR);
    }

    @Test
    void aSweepFindsThePlantedSegmentsAndEveryBlobLandsInOneSegment() throws Exception {
        PlantedSegments planted = new PlantedSegments(ROWS, PLANTED, 0, 11);
        SegmentSource source = workflow.read(plantedFile(planted), Progress.none());
        SegmentRequest request = kMeans(2, 6);
        PreparedFeatures features = workflow.prepare(source, request);
        assertEquals(PlantedSegments.FEATURES, features.original().names(), "every numeric column by default");

        SegmentOutcome outcome = workflow.run(source, features, request, Progress.none());

        assertEquals(PLANTED, outcome.kChoice().suggestedK(), "the metrics suggest the planted k");
        assertEquals(5, outcome.sweep().scores().size(), "k from 2 to 6 scored");
        assertEquals(PLANTED, outcome.result().clustering().clusterCount());
        int[] found = outcome.result().clustering().labels();
        int[] truth = planted.clustering.labels();
        Map<Integer, Integer> segmentOfBlob = new HashMap<>();
        for (int i = 0; i < ROWS; i++) {
            if (planted.outliers.contains(i)) {
                continue;
            }
            int segment = found[i];
            assertEquals(segment, segmentOfBlob.computeIfAbsent(truth[i], b -> segment),
                    "row " + i + " lies with the rest of its blob");
        }
        assertEquals(PLANTED, new HashSet<>(segmentOfBlob.values()).size(), "one segment per blob");
        assertNull(outcome.kDistances());
        assertFalse(outcome.epsSuggested());
    }

    @Test
    void oneKOfKMeansAlsoScoresItsStability() throws Exception {
        PlantedSegments planted = new PlantedSegments(ROWS, PLANTED, 0, 11);
        SegmentSource source = workflow.read(plantedFile(planted), Progress.none());
        SegmentRequest request = kMeans(PLANTED, PLANTED);
        SegmentOutcome outcome = workflow.run(source, workflow.prepare(source, request), request, Progress.none());
        assertEquals(1, outcome.kChoice().scores().size());
        assertTrue(outcome.kChoice().scores().get(0).stability() > 0.9, "planted blobs are stable");
        assertNull(outcome.sweep(), "one k draws no k-choice chart");
    }

    @Test
    void dbscanWithoutEpsTakesTheKneeOfTheKDistanceCurve() throws Exception {
        PlantedSegments planted = new PlantedSegments(ROWS, PLANTED, 0, 11);
        SegmentSource source = workflow.read(plantedFile(planted), Progress.none());
        SegmentRequest request = new SegmentRequest(List.of(), Scaling.ZSCORE, SegmentAlgorithm.DBSCAN, 0, 0, null,
                5, 10, 7, 3, 1.5);
        SegmentOutcome outcome = workflow.run(source, workflow.prepare(source, request), request, Progress.none());
        assertNotNull(outcome.kDistances());
        assertTrue(outcome.epsSuggested());
        assertEquals(outcome.kDistances().suggestedEps(), outcome.result().settings().eps());
        assertNull(outcome.kChoice());
    }

    @Test
    void aKLargerThanTheRowsIsRefusedWithTheOneMessage() throws Exception {
        PlantedSegments planted = new PlantedSegments(ROWS, PLANTED, 0, 11);
        SegmentSource source = workflow.read(plantedFile(planted), Progress.none());
        for (SegmentRequest request : List.of(kMeans(500, 500), kMeans(2, 500))) {
            BadParameterException refused = assertThrows(BadParameterException.class,
                    () -> workflow.prepare(source, request));
            assertEquals("k", refused.parameter());
            assertEquals("segment.kmeans.k.moreThanRows", refused.messageKey());
            assertArrayEquals(new Object[] {500, ROWS}, refused.args());
            String said = Messages.english().get(refused.messageKey(), refused.args());
            assertEquals("500 segments were asked for, but there are only 300 rows.", said);
            assertEquals("k: " + said, refused.getMessage(), "the English fallback is the bundle's wording");
        }
    }

    @Test
    void aKBelowTheRangeIsRefusedBeforeAnythingIsRead() {
        BadParameterException refused = assertThrows(BadParameterException.class, () -> kMeans(1, 4));
        assertEquals("k", refused.parameter());
        assertEquals("segment.kmeans.k.tooSmall", refused.messageKey());
    }

    @Test
    void theCustomersOfADatabaseAreSegmentedAndTheRunSaved() throws Exception {
        Path data = dir.resolve("sample");
        new SampleDataGenerator(SampleDataSpec.defaults(ROWS, 3)).writeTo(data, false, Progress.none());
        try (Database db = Database.openFile(dir.resolve("db").resolve("crm"))) {
            new Importer(db, Messages.english()).importDirectory(data, ImportOptions.defaults(), Progress.none());
            SegmentSource source = workflow.read(db, Progress.none());
            assertEquals(ROWS, source.rows());
            SegmentRequest request = kMeans(3, 3);
            SegmentOutcome outcome = workflow.run(source, workflow.prepare(source, request), request,
                    Progress.none());
            List<String> names = List.of("A", "B", "C");
            SegmentRunRecord saved = workflow.save(db, source, outcome.result(), names);
            SegmentRunRecord latest = workflow.latestRun(db).orElseThrow();
            assertEquals(saved.id(), latest.id());
            assertEquals(names, latest.segments().stream().map(SegmentRunRecord.NamedSegment::name).toList());
            assertArrayEquals(outcome.result().clustering().labels(), latest.labels());
            assertArrayEquals(source.customers().customerIds(), latest.customerIds());
        }
    }
}
