package org.crmworkbench.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportPreview;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.imports.SlashedDateOrder;
import org.crmworkbench.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping step: inferred choices, one column per field, required fields, ignored columns and options. */
class MappingViewModelTest {
    @TempDir
    Path dir;
    final MappingViewModel mapping = new MappingViewModel();

    private Path reset(CrmTable table, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        try (Database db = Database.inMemory()) {
            ImportPreview preview = new Importer(db, Messages.english()).preview(table, file, ImportOptions.defaults(), 10);
            mapping.reset(table, preview, file);
        }
        return file;
    }

    private String columnOf(String field) {
        return mapping.fields().stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow()
                .columnProperty().get().header();
    }

    @Test
    void startsWithTheInferredMappingAndListsColumnsLeftOut() throws Exception {
        reset(CrmTable.CUSTOMERS, "c.csv", "User ID,Full name,notes,city\nC1,Ann,vip,Leeds\n");
        assertEquals("User ID", columnOf("customer_id"));
        assertEquals("Full name", columnOf("name"));
        assertEquals("city", columnOf("city"));
        assertEquals("", columnOf("email"));
        assertEquals(List.of("notes"), mapping.ignoredHeaders());
        assertTrue(mapping.missingRequired().isEmpty());
        assertTrue(mapping.readyBinding().get());
        assertEquals("Ann", mapping.fields().get(1).sampleProperty().get(), "the first value of the chosen column");
        assertEquals(5, mapping.columns().size(), "none and four columns");
        assertEquals(dir.resolve("c.rejects.csv").toString(), mapping.rejectsPathProperty().get());
    }

    @Test
    void givingAColumnToAFieldTakesItFromAnotherAndAMissingRequiredFieldBlocks() throws Exception {
        reset(CrmTable.CUSTOMERS, "c.csv", "User ID,Full name,notes,city\nC1,Ann,vip,Leeds\n");
        mapping.choose("name", mapping.column("User ID"));
        assertEquals("User ID", columnOf("name"));
        assertEquals("", columnOf("customer_id"), "a column feeds one field");
        assertEquals(List.of("customer_id"), mapping.missingRequired());
        assertFalse(mapping.readyBinding().get());
        assertEquals(List.of("Full name", "notes"), mapping.ignoredHeaders());

        mapping.choose("customer_id", mapping.column("notes"));
        assertTrue(mapping.readyBinding().get());
        Map<String, String> chosen = mapping.mapping();
        assertEquals("#3", chosen.get("customer_id"), "columns are passed by number");
        assertEquals("#1", chosen.get("name"));
        assertEquals("", chosen.get("email"), "an unmapped field stays unmapped");
        assertEquals(chosen, mapping.options().mapping());
    }

    @Test
    void optionsBecomeImportOptionsAndBadOnesBlock() throws Exception {
        reset(CrmTable.RATINGS, "r.csv", "customer_id,product_id,score\nC1,P1,7\n");
        assertEquals("score", columnOf("rating"));
        mapping.ratingMinProperty().set(0.0);
        mapping.ratingMaxProperty().set(10.0);
        mapping.slashedDatesProperty().set(SlashedDateOrder.DAY_FIRST);
        mapping.encodingProperty().set(MappingViewModel.ENCODINGS.get(1));
        ImportOptions options = mapping.options();
        assertEquals(0, options.ratingMin());
        assertEquals(10, options.ratingMax());
        assertEquals(SlashedDateOrder.DAY_FIRST, options.slashedDates());
        assertEquals("GB18030", options.encoding().name());
        assertFalse(options.skipBadRows());

        mapping.ratingMaxProperty().set(0.0);
        assertEquals("import.options.badScale", mapping.optionsProblemProperty().get().key());
        assertFalse(mapping.readyBinding().get());
        mapping.ratingMaxProperty().set(5.0);

        mapping.skipBadRowsProperty().set(true);
        mapping.rejectsPathProperty().set(" ");
        assertEquals("import.options.noRejectsFile", mapping.optionsProblemProperty().get().key());
        mapping.rejectsPathProperty().set(dir.resolve("bad.csv").toString());
        assertTrue(mapping.readyBinding().get());
        assertTrue(mapping.options().skipBadRows());
        assertEquals(dir.resolve("bad.csv"), mapping.options().rejectsFile());
    }

    @Test
    void theRatingScaleOnlyMattersForRatings() throws Exception {
        reset(CrmTable.PRODUCTS, "p.csv", "sku,title\nP1,Kettle\n");
        mapping.ratingMaxProperty().set(-3.0);
        assertTrue(mapping.readyBinding().get());
    }
}
