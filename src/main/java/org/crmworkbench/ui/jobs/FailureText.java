package org.crmworkbench.ui.jobs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.crmworkbench.i18n.Messages;

/** Turns a job's exception into a sentence for people, with the stack trace kept apart as details. */
final class FailureText {

    private FailureText() {
    }

    /** The exception's own message (unwrapping plumbing exceptions), plus the root cause's when it adds one. */
    static String message(Throwable error, Messages messages) {
        Throwable shown = unwrap(error);
        String text = shown.getMessage();
        if (text == null || text.isBlank()) {
            text = messages.get("job.failure.noMessage", shown.getClass().getSimpleName());
        }
        Throwable root = rootCause(shown);
        String rootText = root.getMessage();
        if (root != shown && rootText != null && !rootText.isBlank() && !text.contains(rootText)) {
            text = text + "\n" + messages.get("job.failure.cause", rootText);
        }
        return text;
    }

    /** The full stack trace, for the expandable details. */
    static String details(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && isWrapper(current)) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isWrapper(Throwable error) {
        return error instanceof ExecutionException || error instanceof CompletionException
                || error instanceof InvocationTargetException || error instanceof UndeclaredThrowableException;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
