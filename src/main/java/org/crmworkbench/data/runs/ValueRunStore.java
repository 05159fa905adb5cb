package org.crmworkbench.data.runs;

import org.crmworkbench.data.Database;
import org.crmworkbench.model.ValueRunRecord;

/** Placeholder so present compiles until the lead's store (branch i14-data) is merged; replaced by it. */
public final class ValueRunStore {
    public ValueRunStore(Database database) {
    }

    public ValueRunRecord load(long runId) {
        throw new UnsupportedOperationException("placeholder: the value run store comes with i14-data");
    }
}
