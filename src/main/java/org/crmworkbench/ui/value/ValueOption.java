package org.crmworkbench.ui.value;

import java.util.Objects;

/**
 * One entry of a choice list of the Value view (a period unit, a model, a source): the value and its name in the
 * reader's language. Two options are the same when they stand for the same value, whatever the language they were
 * written in, so a choice survives a language switch.
 */
public record ValueOption(Object value, String label) {
    public ValueOption {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValueOption o && o.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
