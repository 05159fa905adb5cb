package org.crmworkbench.data;

/** The database could not be opened or queried; the message is meant for the user. */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
