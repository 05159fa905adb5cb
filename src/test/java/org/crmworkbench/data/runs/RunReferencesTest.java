package org.crmworkbench.data.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.testing.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The names a report shows beside the ids a run saved, and the span of the orders, on both engines. */
@Tag(TestDatabases.BOTH_ENGINES)
class RunReferencesTest {
    @Test
    void namesTheCustomersAndProductsAskedForAndNoOthers() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.generate(db, 30, 12, 60);
            RunReferences references = new RunReferences(db);
            Map<Long, RunReferences.Named> customers = references.customers(List.of(3L, 7L, 999L));
            assertEquals(2, customers.size());
            assertEquals("C000003", customers.get(3L).externalId());
            assertEquals("Customer 7", customers.get(7L).name());
            Map<Long, RunReferences.Named> products = references.products(List.of(12L));
            assertEquals("P00012", products.get(12L).externalId());
            assertTrue(references.customers(List.of()).isEmpty());
            assertFalse(references.orderSpan().isPresent(), "no orders in this sample");
        }
    }
}
