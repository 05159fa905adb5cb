package org.crmworkbench.ui.segments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.testing.FxUiTest;
import org.crmworkbench.ui.testing.GatedJobRunner;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Switching the language rebuilds the Segments view; the views it replaced are left for the garbage collector. */
class SegmentsViewReleaseTest extends FxUiTest {
    private final GatedJobRunner jobs = new GatedJobRunner("job.none");
    private Database db;

    @AfterEach
    void closeAll() {
        jobs.close();
        if (db != null) {
            db.close();
        }
    }

    @Test
    void tenLanguageSwitchesLeaveNoOldViewReachable() throws Exception {
        Path data = appHomeDir.resolve("sample");
        new SampleDataGenerator(SampleDataSpec.defaults(200, 11)).writeTo(data, false, Progress.none());
        db = Database.openFile(appHomeDir.resolve("db").resolve("workbench"));
        new Importer(db, Messages.english()).importDirectory(data, ImportOptions.defaults(), Progress.none());
        DataSession session = new DataSession();
        SegmentsWorkspace segments = onFx(() -> new SegmentsWorkspace(session, jobs));
        SegmentsViewModel model = segments.viewModel();
        onFx(() -> session.opened(db));
        waitUntil("segments shown", () -> onFx(() -> model.resultProperty().get() != null));

        Messages english = Messages.english();
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        List<WeakReference<Node>> replaced = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Messages language = i % 2 == 0 ? chinese : english;
            replaced.add(new WeakReference<>(onFx(() -> segments.view(language))));
        }
        Node shown = onFx(() -> segments.view(english));
        // the view model changes after the switches: only the shown view may hear of it
        onFx(() -> model.form().kProperty().set(4));
        waitUntil("k = 4 shown", () -> onFx(() -> model.resultProperty().get() != null
                && model.resultProperty().get().clustering().clusterCount() == 4));

        for (int attempt = 0; attempt < 50 && replaced.stream().anyMatch(r -> r.get() != null); attempt++) {
            System.gc();
            sleep(50);
        }
        assertTrue(replaced.stream().allMatch(r -> r.get() == null), "every replaced view was collected");
        assertTrue(shown.isManaged(), "the shown view stays");
    }
}
