package org.crmworkbench.cli;

import java.util.Optional;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.ServerRefusal;
import org.crmworkbench.i18n.Messages;

/** A team database's refusal to open, said on the command line in the analyst's language. */
final class TeamDatabaseRefusals {
    private TeamDatabaseRefusals() {
    }

    /** What to say for {@code e}, when it is a server's refusal the workbench has words for. */
    static Optional<String> said(DatabaseException e, Messages m) {
        if (e.refusingServer().isEmpty()) {
            return Optional.empty();
        }
        DatabaseAddress.Server server = e.refusingServer().get();
        ServerRefusal refusal = ServerRefusal.of(e);
        String user = server.user().orElse(System.getProperty("user.name", ""));
        String port = String.valueOf(server.port());
        return Optional.ofNullable(switch (refusal.kind()) {
            case UNREACHABLE -> m.get("cli.team.unreachable", server.host(), port, refusal.detail());
            case PASSWORD -> m.get("cli.team.password", server.description(), user);
            case NO_DATABASE -> m.get("cli.team.noDatabase", server.name(), server.host(), port, user);
            case NO_RIGHTS -> m.get("cli.team.noRights", server.description(), user);
            case OTHER -> null;
        });
    }

    /** Whether {@code e} is a server's refusal of the user or the password (asking for one may open it). */
    static boolean wantsPassword(DatabaseException e) {
        return e.refusingServer().isPresent() && ServerRefusal.passwordMayHelp(e);
    }
}
