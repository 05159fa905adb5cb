package org.crmworkbench.data;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;

/**
 * Why a team database's server refused to open or upgrade it, read from the server's answer (its SQL state) so that
 * the window and the command line can say it in the analyst's language: the server cannot be reached, it refused
 * the user or the password, the database is not there, or the user may not bring its tables up to this version.
 * Anything else keeps the engine's own first line.
 *
 * @param kind   what went wrong
 * @param detail the first line of the underlying message
 */
public record ServerRefusal(Kind kind, String detail) {
    /** The refusals said in words of their own. */
    public enum Kind { UNREACHABLE, PASSWORD, NO_DATABASE, NO_RIGHTS, OTHER }

    /** Reads {@code error} and its causes. */
    public static ServerRefusal of(Throwable error) {
        String serverSaid = null;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                String detail = DatabaseException.firstLine(sql.getMessage());
                serverSaid = serverSaid == null ? detail : serverSaid;
                if (state.equals("08004")) { // the server asked for a password and none was given
                    return new ServerRefusal(Kind.PASSWORD, detail);
                }
                if (state.startsWith("08")) {
                    // the driver's own advice follows its first sentence; ours says the same in the analyst's language
                    int advice = detail.indexOf(". ");
                    return new ServerRefusal(Kind.UNREACHABLE, advice < 0 ? detail : detail.substring(0, advice));
                }
                if (state.equals("28P01") || state.equals("28000")) {
                    return new ServerRefusal(Kind.PASSWORD, detail);
                }
                if (state.equals("3D000")) {
                    return new ServerRefusal(Kind.NO_DATABASE, detail);
                }
                if (state.equals("42501") && upgrading(error)) {
                    // at connect time the same state means the user may not connect at all: said as OTHER
                    return new ServerRefusal(Kind.NO_RIGHTS, detail);
                }
            }
        }
        return new ServerRefusal(Kind.OTHER, serverSaid != null ? serverSaid
                : error == null ? "" : DatabaseException.firstLine(error.getMessage()));
    }

    /** Whether {@code error} came from bringing the schema up to date (Flyway), not from connecting. */
    private static boolean upgrading(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof FlywayException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a password given or typed might open what {@code error} refused: the server asked for one (08004) or
     * refused the one given (28P01), not a host rule that lets this user in from nowhere (28000).
     */
    public static boolean passwordMayHelp(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState().equals("08004") || sql.getSQLState().equals("28P01");
            }
        }
        return false;
    }

    /** The refusal of a connection as an English sentence saying what to do (the exception's message, for logs). */
    static String whyNotOpened(SQLException e, DatabaseAddress.Server server) {
        ServerRefusal refusal = of(e);
        String who = server.user().orElse(System.getProperty("user.name"));
        return switch (refusal.kind()) {
            case UNREACHABLE -> "Cannot reach the team database at " + server.host() + ":" + server.port() + " ("
                    + refusal.detail() + "). Is the PostgreSQL server running there, and does it accept connections "
                    + "from this machine?";
            case PASSWORD -> "The team database " + server.description() + " refused the user " + who + ": the "
                    + "password is wrong or missing (give it in $CRM_WORKBENCH_DB_PASSWORD or with --password-file), "
                    + "or the server does not let this user in.";
            case NO_DATABASE -> "There is no database '" + server.name() + "' on the server " + server.host() + ":"
                    + server.port() + ". Ask its administrator to create it (CREATE DATABASE " + server.name()
                    + " OWNER " + who + ";), or check the name in the URL.";
            default -> "Cannot open the team database " + server.description() + ": " + refusal.detail();
        };
    }

    /** A schema behind this version, opened by a user not allowed to change it, says so and who can upgrade it. */
    static String whyNotUpgraded(FlywayException e, String description) {
        if (of(e).kind() == Kind.NO_RIGHTS) {
            return "The team database " + description + " needs its tables brought up to this version of the "
                    + "workbench (schema version " + SchemaUpgrade.LATEST_VERSION + "), and this user is not "
                    + "allowed to change them. Ask the database's owner to open it once with this version (any "
                    + "verb that writes, such as import, or the window), then try again.";
        }
        return "Cannot bring the team database " + description + " up to this version of the workbench: "
                + DatabaseException.firstLine(e.getMessage());
    }
}
