package org.crmworkbench.data;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;

/** Why a team database's server refused to open or upgrade it, in words that say what to do. */
final class ServerRefusal {
    private ServerRefusal() {
    }

    /** The server refused a connection: unreachable, the user or password refused, no such database, or else. */
    static String whyNotOpened(SQLException e, DatabaseAddress.Server server) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String who = server.user().orElse(System.getProperty("user.name"));
        if (state.startsWith("08")) {
            return "Cannot reach the team database at " + server.host() + ":" + server.port() + " ("
                    + DatabaseException.firstLine(e.getMessage()) + "). Is the PostgreSQL server running there, and "
                    + "does it accept connections from this machine?";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "The team database " + server.description() + " refused the user " + who + ": the password is "
                    + "wrong or missing (give it in $CRM_WORKBENCH_DB_PASSWORD or with --password-file), or the "
                    + "server does not let this user in.";
        }
        if (state.equals("3D000")) {
            return "There is no database '" + server.name() + "' on the server " + server.host() + ":" + server.port()
                    + ". Ask its administrator to create it (CREATE DATABASE " + server.name() + " OWNER " + who
                    + ";), or check the name in the URL.";
        }
        return "Cannot open the team database " + server.description() + ": "
                + DatabaseException.firstLine(e.getMessage());
    }

    /** A schema behind this version, opened by a user not allowed to change it, says so and who can upgrade it. */
    static String whyNotUpgraded(FlywayException e, String description) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return "The team database " + description + " needs its tables brought up to this version of the "
                        + "workbench (schema version " + SchemaUpgrade.LATEST_VERSION + "), and this user is not "
                        + "allowed to change them. Ask the database's owner to open it once with this version (any "
                        + "verb that writes, such as import, or the window), then try again.";
            }
        }
        return "Cannot bring the team database " + description + " up to this version of the workbench: "
                + DatabaseException.firstLine(e.getMessage());
    }
}
