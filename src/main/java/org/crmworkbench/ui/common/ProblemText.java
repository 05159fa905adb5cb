package org.crmworkbench.ui.common;

import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * A failed job's error as text for the analyst, in the current language: data that cannot support the analysis in
 * words, a bad parameter named (by its command-line name) with its message, a file problem with its file, line and
 * column; a message whose key the bundle lacks in English; anything else as {@link ErrorText} words it.
 */
public final class ProblemText {
    private ProblemText() {
    }

    public static String of(Throwable error, Messages messages) {
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
