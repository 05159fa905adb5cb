package org.crmworkbench.ui.reports;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ErrorText;
import org.crmworkbench.work.BadParameterException;

/**
 * An error of a report job as text for the analyst: a bad parameter (a run deleted meanwhile, an item the run does
 * not have) in the current language, a file that cannot be written with its path and why.
 */
final class ReportErrors {
    private ReportErrors() {
    }

    static String text(Throwable error, Messages messages) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BadParameterException bad) {
                return messages.has(bad.messageKey()) ? messages.get(bad.messageKey(), bad.args()) : bad.getMessage();
            }
            if (t instanceof AccessDeniedException denied) {
                return messages.get("reports.error.denied", denied.getFile());
            }
            if (t instanceof NoSuchFileException missing) {
                return messages.get("reports.error.noFolder", missing.getFile());
            }
            if (t instanceof FileSystemException fs) {
                return messages.get("reports.error.cannotWrite", fs.getFile(),
                        fs.getReason() == null ? ErrorText.of(fs) : fs.getReason());
            }
        }
        return ErrorText.of(error);
    }
}
