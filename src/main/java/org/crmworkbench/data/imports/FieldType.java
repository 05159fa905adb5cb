package org.crmworkbench.data.imports;

/** How a field's text is read, checked and stored. */
public enum FieldType {
    /** This table's own identifier from the source system; unique; the importer assigns the internal id. */
    KEY,
    /** The identifier of a row in another table, which must exist (in the database or earlier in the same load). */
    REFERENCE,
    TEXT,
    INTEGER,
    /** Money with at most two decimals. */
    MONEY,
    /** A rating on the scale declared in the import options. */
    RATING,
    DATE,
    DATE_TIME,
    /** F or M, also read from female/male/f/m/女/男. */
    GENDER,
    /** A language code such as en or zh. */
    LANGUAGE
}
