package org.crmworkbench.data.imports;

import java.util.List;
import org.crmworkbench.data.CrmTable;

/**
 * One field of an import: its canonical name (the header {@code generate} writes), the SQL column it fills,
 * how it is read, whether it is required, its allowed range and the header names it is recognised by.
 *
 * @param name       canonical field name, e.g. {@code customer_id}
 * @param column     SQL column, e.g. {@code customer_id} (for a KEY: {@code external_id})
 * @param type       how the text is read
 * @param required   whether an empty value is an error
 * @param maxLength  longest accepted text (TEXT, KEY, REFERENCE)
 * @param min        smallest accepted number (INTEGER, MONEY); ignored otherwise
 * @param max        largest accepted number (INTEGER, MONEY); ignored otherwise
 * @param references the table a REFERENCE points to, else null
 * @param synonyms   other header names (English and Chinese) that mean this field
 */
public record FieldSpec(String name, String column, FieldType type, boolean required, int maxLength,
                        double min, double max, CrmTable references, List<String> synonyms) {

    public FieldSpec {
        synonyms = List.copyOf(synonyms);
    }

    static FieldSpec key(String name, String... synonyms) {
        return new FieldSpec(name, "external_id", FieldType.KEY, true, 64, 0, 0, null, List.of(synonyms));
    }

    static FieldSpec reference(String name, String column, CrmTable target, boolean required, String... synonyms) {
        return new FieldSpec(name, column, FieldType.REFERENCE, required, 64, 0, 0, target, List.of(synonyms));
    }

    static FieldSpec text(String name, int maxLength, boolean required, String... synonyms) {
        return new FieldSpec(name, name, FieldType.TEXT, required, maxLength, 0, 0, null, List.of(synonyms));
    }

    static FieldSpec integer(String name, double min, double max, boolean required, String... synonyms) {
        return new FieldSpec(name, name, FieldType.INTEGER, required, 0, min, max, null, List.of(synonyms));
    }

    static FieldSpec money(String name, double min, double max, boolean required, String... synonyms) {
        return new FieldSpec(name, name, FieldType.MONEY, required, 0, min, max, null, List.of(synonyms));
    }

    static FieldSpec of(String name, FieldType type, boolean required, String... synonyms) {
        return new FieldSpec(name, name, type, required, 16, 0, 0, null, List.of(synonyms));
    }
}
