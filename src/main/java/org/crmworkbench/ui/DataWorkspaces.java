package org.crmworkbench.ui;

import java.util.List;
import org.crmworkbench.ui.assistant.AssistantWorkspace;
import org.crmworkbench.ui.basket.BasketWorkspace;
import org.crmworkbench.ui.datasets.DataWorkspace;
import org.crmworkbench.ui.feedback.FeedbackWorkspace;
import org.crmworkbench.ui.forecast.ForecastWorkspace;
import org.crmworkbench.ui.predict.PredictWorkspace;
import org.crmworkbench.ui.recommend.RecommendWorkspace;
import org.crmworkbench.ui.reports.ReportsWorkspace;
import org.crmworkbench.ui.sales.SalesWorkspace;
import org.crmworkbench.ui.segments.SegmentsWorkspace;
import org.crmworkbench.ui.value.ValueWorkspace;

/** The workspaces over a window's data session: Data (tables, browser, import wizard), Segments, Recommend,
 * Predict, Forecast, Value, Baskets, Sales team, Feedback, Assistant and Reports. */
final class DataWorkspaces {
    private DataWorkspaces() {
    }

    static List<Workspace> create(DataSession session, WorkbenchServices services) {
        return List.of(new DataWorkspace(session, services.jobs()),
                new SegmentsWorkspace(session, services.jobs(), services.engines()),
                new RecommendWorkspace(session, services.jobs(), services.engines()),
                new PredictWorkspace(session, services.jobs()),
                new ForecastWorkspace(session, services.jobs()),
                new ValueWorkspace(session, services.jobs()),
                new BasketWorkspace(session, services.jobs(), services.engines()),
                new SalesWorkspace(session, services.jobs()),
                new FeedbackWorkspace(session, services.jobs()),
                new AssistantWorkspace(session, services.jobs()),
                new ReportsWorkspace(session, services.jobs()));
    }
}
