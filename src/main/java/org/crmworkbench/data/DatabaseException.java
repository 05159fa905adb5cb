package org.crmworkbench.data;

/** The database could not be opened or queried; the message is meant for the user. */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The team database that refused, when it is one (its refusal is said from {@link ServerRefusal#of}). */
    private final transient DatabaseAddress.Server server;

    public DatabaseException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /** A team database's refusal: the command line and the window say it in the analyst's language. */
    DatabaseException(String message, Throwable cause, DatabaseAddress.Server server) {
        super(message, cause);
        this.server = server;
    }

    /** The team database that refused to open or upgrade, when this is such a refusal. */
    public java.util.Optional<DatabaseAddress.Server> refusingServer() {
        return java.util.Optional.ofNullable(server);
    }

    /**
     * The database's own message as a clause of ours: its first line, without H2's error code suffix
     * ({@code [50000-232]}); empty when there is none.
     */
    public static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        // H2 ends the first line with "; SQL statement:" (the statement follows on the next lines): not for the user
        // nor H2's wrapped Java class names (org.h2.mvstore.MVStoreException: ...) and version codes ([50000-232])
        return message.lines().findFirst().orElse("").replaceAll("\\s*\\[\\d+-\\d+]\\s*$", "")
                .replaceAll(";?\\s*SQL statement:\\s*$", "")
                .replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error):\\s*", "")
                .replaceAll("\\s*\\[\\d+(?:[.-]\\d+)*(?:/\\d+)?]", "").strip();
    }
}
