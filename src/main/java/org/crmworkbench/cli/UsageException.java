package org.crmworkbench.cli;

/** A parameter is wrong or missing; the message names it and what was expected (exit status 2). */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
