-- A large import into empty tables loads them in committed batches with their indexes and constraints set aside
-- (loading into indexed tables in one transaction ran at 9-36k rows/s and grew the file to several times its data).
-- This journal, written and committed before the first row, holds what undoes such an import: the tables to empty
-- and the statements that put the indexes and constraints back. It is cleared in the same transaction that records
-- the import; rows left here mean an import was interrupted, and opening the database for writing undoes it.
CREATE TABLE import_journal (
    position    INTEGER        NOT NULL PRIMARY KEY,
    action      VARCHAR(16)    NOT NULL,
    statement   VARCHAR(4000)  NOT NULL,
    started_at  TIMESTAMP      NOT NULL
);

-- A fingerprint of each CRM table's rows (row count and an order-free sum of row hashes), stored by every import and
-- knowledge-base edit in its own transaction, so `workbench check` can find values that changed on disk (a flipped
-- bit reads back as a plausible value; H2 checks page structure, not the values).
CREATE TABLE table_digests (
    table_name   VARCHAR(64)  NOT NULL PRIMARY KEY,
    row_count    BIGINT       NOT NULL,
    digest       VARCHAR(32)  NOT NULL,
    computed_at  TIMESTAMP    NOT NULL
);
