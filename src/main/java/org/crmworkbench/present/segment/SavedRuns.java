package org.crmworkbench.present.segment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.analysis.segment.SegmentationSettings;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.model.SegmentRunRecord.NamedSegment;

/** Turns a segmentation result into the record the database keeps, the same way for the window and the CLI. */
public final class SavedRuns {
    private SavedRuns() {
    }

    /**
     * The run as a record ready to save.
     *
     * @param names       the segment names, in the order of {@code result.profiles()}
     * @param customerIds the database id of each row of the result
     * @param asOf        the date the features were measured from
     * @param startedAt   when the run started
     * @param appVersion  the workbench's version
     */
    public static SegmentRunRecord of(SegmentationResult result, List<String> names, long[] customerIds,
                                      LocalDate asOf, Instant startedAt, String appVersion) {
        List<NamedSegment> named = new ArrayList<>();
        for (int i = 0; i < result.profiles().size(); i++) {
            SegmentProfile p = result.profiles().get(i);
            named.add(new NamedSegment(p.segment(), names.get(i), p.size(), p.revenueShare()));
        }
        SegmentationSettings s = result.settings();
        boolean dbscan = s.algorithm() == SegmentAlgorithm.DBSCAN;
        return new SegmentRunRecord(0, s.algorithm().key(), dbscan ? null : s.k(), dbscan ? s.eps() : null,
                dbscan ? s.minPts() : null, s.algorithm() == SegmentAlgorithm.KMEANS ? s.restarts() : null, s.seed(),
                result.features().scaling().key(), result.features().original().names(), asOf,
                result.quality().silhouette(), startedAt, appVersion, named, customerIds,
                result.clustering().labels());
    }
}
