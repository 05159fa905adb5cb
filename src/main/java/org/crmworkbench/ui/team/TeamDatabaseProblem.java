package org.crmworkbench.ui.team;

import java.sql.SQLException;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.Notice;

/**
 * Why a team database could not be opened, read from the server's answer (its SQL state) so that it can be said in
 * the analyst's language: the server cannot be reached, it refused the user or the password, the database is not
 * there, or the user may not bring its tables up to this version. Anything else keeps the engine's own sentence.
 *
 * @param kind   what went wrong
 * @param detail the first line of the underlying message (for {@link Kind#UNREACHABLE} and {@link Kind#OTHER})
 */
public record TeamDatabaseProblem(Kind kind, String detail) {
    /** The problems the window names. */
    public enum Kind { UNREACHABLE, PASSWORD, NO_DATABASE, NO_RIGHTS, OTHER }

    /** Reads {@code error} and its causes. */
    public static TeamDatabaseProblem of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                String detail = firstLine(sql.getMessage());
                if (state.equals("08004")) { // the server asked for a password and none was given
                    return new TeamDatabaseProblem(Kind.PASSWORD, detail);
                }
                if (state.startsWith("08")) {
                    // the driver's own advice follows its first sentence; ours says the same in the analyst's language
                    int advice = detail.indexOf(". ");
                    return new TeamDatabaseProblem(Kind.UNREACHABLE, advice < 0 ? detail : detail.substring(0, advice));
                }
                if (state.equals("28P01") || state.equals("28000")) {
                    return new TeamDatabaseProblem(Kind.PASSWORD, detail);
                }
                if (state.equals("3D000")) {
                    return new TeamDatabaseProblem(Kind.NO_DATABASE, detail);
                }
                if (state.equals("42501")) {
                    return new TeamDatabaseProblem(Kind.NO_RIGHTS, detail);
                }
            }
        }
        return new TeamDatabaseProblem(Kind.OTHER, error == null ? "" : firstLine(error.getMessage()));
    }

    /** What to tell the analyst about {@code server}, in {@code messages}' language. */
    public String text(DatabaseAddress.Server server, Messages messages) {
        return notice(server).text(messages);
    }

    /** What to tell the analyst about {@code server}, as a notice to show in their language. */
    public Notice notice(DatabaseAddress.Server server) {
        String user = server.user().orElse(System.getProperty("user.name", ""));
        String port = String.valueOf(server.port());
        return switch (kind) {
            case UNREACHABLE -> Notice.error("team.problem.unreachable", server.host(), port, detail);
            case PASSWORD -> Notice.error("team.problem.password", server.description(), user);
            case NO_DATABASE -> Notice.error("team.problem.noDatabase", server.name(), server.host(), port, user);
            case NO_RIGHTS -> Notice.error("team.problem.noRights", server.description(), user);
            case OTHER -> Notice.error("team.problem.other", server.description(), detail);
        };
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
