package org.crmworkbench.ui.recommend;

import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ErrorText;
import org.crmworkbench.work.BadParameterException;

/** An error of a recommendation job as text for the analyst, in the current language where the error allows. */
final class RecommendErrors {
    private RecommendErrors() {
    }

    static String text(Throwable error, Messages messages) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BadParameterException bad) {
                return bad.parameter() + ": " + messages.get(bad.messageKey(), bad.args());
            }
        }
        return ErrorText.of(error);
    }
}
