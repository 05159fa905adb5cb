package org.crmworkbench.ui.segments;

import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ErrorText;
import org.crmworkbench.work.BadParameterException;

/** An error of a segmentation job as text for the analyst, in the current language where the error allows. */
final class SegmentErrors {
    private SegmentErrors() {
    }

    static String text(Throwable error, Messages messages) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BadParameterException bad) {
                return bad.parameter() + ": " + messages.get(bad.messageKey(), bad.args());
            }
            if (t instanceof UnreadableFileException unreadable) {
                return unreadable.problem().describe(messages);
            }
        }
        return ErrorText.of(error);
    }
}
