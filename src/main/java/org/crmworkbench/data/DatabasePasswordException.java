package org.crmworkbench.data;

import java.nio.file.Path;

/**
 * An encrypted database could not be opened for want of its password: none was given, the one given is not its
 * password, or the side file with its key settings is missing. The faces word it in the user's language from
 * {@link #reason()}; the message is the English sentence, for logs. It never carries the password.
 */
public final class DatabasePasswordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the database stays closed. */
    public enum Reason {
        /** It is encrypted and no password was given. */
        MISSING,
        /** The password given does not open it. */
        WRONG,
        /** Its side file ({@code .key-salt}) is missing or unreadable. */
        NO_KEY_FILE
    }

    private final Reason reason;
    private final transient Path database;
    private final transient Path keyFile;

    /**
     * @param reason   why
     * @param database the database file
     * @param keyFile  its side file (for {@link Reason#NO_KEY_FILE}; may be null otherwise)
     */
    public DatabasePasswordException(Reason reason, Path database, Path keyFile) {
        super(sentence(reason, database, keyFile));
        this.reason = reason;
        this.database = database;
        this.keyFile = keyFile;
    }

    private static String sentence(Reason reason, Path database, Path keyFile) {
        return switch (reason) {
            case MISSING -> "The database " + database + " is encrypted: give its password.";
            case WRONG -> "The password does not open the database " + database + ".";
            case NO_KEY_FILE -> "The database " + database + " is encrypted, but its key file " + keyFile
                    + " is missing or damaged, so no password can open it: restore that file beside it.";
        };
    }

    public Reason reason() {
        return reason;
    }

    public Path database() {
        return database;
    }

    public Path keyFile() {
        return keyFile;
    }
}
