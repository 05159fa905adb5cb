package org.crmworkbench.ui.reports;

import java.util.List;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.report.ItemChoice;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.work.Progress;

/**
 * What the report builder reads: the saved runs, the charts and tables each can give, and those items built. In the
 * window this is the {@link org.crmworkbench.present.report.ReportCatalogue} over the open database
 * ({@link CatalogueSource}); tests give their own. Every method may read the database, so the view model calls them
 * from background jobs only.
 */
public interface ReportSource {
    /** Every saved run, newest first (empty while no database is open). */
    List<SavedRun> runs();

    /** The charts and tables run {@code runId} can give. */
    List<ItemChoice> items(long runId);

    /** The items a report takes from the run when none are picked. */
    List<ItemChoice> defaultItems(long runId);

    /** Builds one item from the stored run, people (customers, reps) shown as {@code people} says. */
    ReportItem build(long runId, String key, PersonalDataPolicy people, Progress progress);

    /** The data set in words, for the report's provenance. */
    String dataSet();
}
