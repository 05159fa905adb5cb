package org.crmworkbench.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The message of an error for a person: the outermost message that says something (the data layer's messages
 * name the file, table or database), skipping wrappers that only repeat their cause.
 */
public final class ErrorText {
    private ErrorText() {
    }

    public static String of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            boolean wrapper = t instanceof ExecutionException || t instanceof CompletionException;
            if (!wrapper && t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return error.getClass().getSimpleName();
    }
}
