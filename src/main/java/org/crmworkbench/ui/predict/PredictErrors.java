package org.crmworkbench.ui.predict;

import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ErrorText;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.UnsuitableDataException;

/** An error of a Predict job as text for the analyst: a bad parameter named with its message in the language. */
final class PredictErrors {
    private PredictErrors() {
    }

    static String text(Throwable error, Messages messages) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnsuitableDataException unsuitable) {
                return messages.has(unsuitable.messageKey())
                        ? messages.get(unsuitable.messageKey(), unsuitable.args()) : unsuitable.getMessage();
            }
            if (t instanceof BadParameterException bad) {
                String text = messages.has(bad.messageKey()) ? messages.get(bad.messageKey(), bad.args())
                        : bad.getMessage();
                return messages.get("predict.ui.error.parameter", bad.parameter(), text);
            }
        }
        return ErrorText.of(error);
    }
}
