package org.crmworkbench.ui.reports;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.report.ReportCatalogue;
import org.crmworkbench.ui.DataSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One catalogue serves the builder until the database, its data or the language changes, so its caches hit. */
class CatalogueSourceTest {
    private Database first;
    private Database second;

    @AfterEach
    void close() throws Exception {
        for (Database db : new Database[] {first, second}) {
            if (db != null) {
                db.close();
            }
        }
    }

    @Test
    void theCatalogueIsKeptUntilTheDatabaseItsDataOrTheLanguageChanges() {
        first = Database.inMemory();
        second = Database.inMemory();
        DataSession session = new DataSession();
        AtomicReference<Messages> language = new AtomicReference<>(Messages.english());
        CatalogueSource source = new CatalogueSource(session, language::get);
        assertTrue(source.runs().isEmpty(), "no database, no runs");

        session.opened(first);
        ReportCatalogue one = source.catalogue();
        assertSame(one, source.catalogue());
        source.runs();
        assertSame(one, source.catalogue(), "reading runs keeps the catalogue");

        session.dataChanged();
        ReportCatalogue afterImport = source.catalogue();
        assertNotSame(one, afterImport);
        assertSame(afterImport, source.catalogue());

        language.set(new Messages(Locale.SIMPLIFIED_CHINESE));
        ReportCatalogue chinese = source.catalogue();
        assertNotSame(afterImport, chinese);

        session.opened(second);
        assertNotSame(chinese, source.catalogue());
    }
}
