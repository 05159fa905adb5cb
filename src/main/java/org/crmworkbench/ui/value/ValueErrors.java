package org.crmworkbench.ui.value;

import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ErrorText;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * An error of a value job as text for the analyst: a bad parameter named (by its command-line name) with its message
 * in the current language (in English when the bundle lacks the key), data that cannot support the analysis in words,
 * a file problem with its file, line and column.
 */
final class ValueErrors {
    private ValueErrors() {
    }

    static String text(Throwable error, Messages messages) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnsuitableDataException unsuitable) {
                return messages.has(unsuitable.messageKey())
                        ? messages.get(unsuitable.messageKey(), unsuitable.args()) : unsuitable.getMessage();
            }
            if (t instanceof BadParameterException bad) {
                return messages.has(bad.messageKey())
                        ? bad.parameter() + ": " + messages.get(bad.messageKey(), bad.args())
                        : bad.getMessage();
            }
            if (t instanceof UnreadableFileException unreadable) {
                return unreadable.problem().describe(messages);
            }
        }
        return ErrorText.of(error);
    }
}
