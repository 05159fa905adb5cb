package org.crmworkbench.ui.common;

import java.util.Arrays;
import java.util.Objects;
import org.crmworkbench.i18n.Messages;

/**
 * A line of text a view model wants shown, kept as a bundle key and arguments so that the view renders it in the
 * current language (and again after the language changes).
 */
public record Notice(String key, Object[] args, boolean error) {

    public Notice {
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    public static Notice info(String key, Object... args) {
        return new Notice(key, args, false);
    }

    public static Notice error(String key, Object... args) {
        return new Notice(key, args, true);
    }

    public String text(Messages messages) {
        return messages.get(key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Notice n && n.key.equals(key) && Arrays.equals(n.args, args) && n.error == error;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(args), error);
    }

    @Override
    public String toString() {
        return (error ? "error " : "") + key + Arrays.toString(args);
    }
}
