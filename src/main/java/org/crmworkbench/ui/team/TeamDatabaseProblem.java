package org.crmworkbench.ui.team;

import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.data.ServerRefusal;
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

    /** Reads {@code error} and its causes (see {@link ServerRefusal#of}). */
    public static TeamDatabaseProblem of(Throwable error) {
        ServerRefusal refusal = ServerRefusal.of(error);
        return new TeamDatabaseProblem(Kind.valueOf(refusal.kind().name()), refusal.detail());
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
}
