package org.crmworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What of H2's message reaches a person: its first line, without SQL, Java class names or H2's codes (issue 23). */
class DatabaseExceptionFirstLineTest {
    @Test
    void aFullDiskInH2IsSaidWithoutItsClassNameCodesOrStatement() {
        assertEquals("General error: \"General error: \"\"Writing to /d/crm.mv.db failed; length 19 at 1998848\"\"\"",
                DatabaseException.firstLine("General error: \"General error: \"\"org.h2.mvstore.MVStoreException: "
                        + "Writing to /d/crm.mv.db failed; length 19 at 1998848 [2.3.232/2]\"\" [50000-232]\"; "
                        + "SQL statement:\nINSERT INTO customers VALUES (?)"));
        assertEquals("The database is read only", DatabaseException.firstLine(
                "The database is read only; SQL statement:\nINSERT INTO t [90097-232]"));
    }
}
