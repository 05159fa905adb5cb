package org.crmworkbench.ui.team;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crmworkbench.data.DatabaseAddress;

/**
 * Team database passwords the analyst asked the window to remember while it is open ("remember for this session"):
 * held in memory only, never written to the settings or a log, and wiped when the window closes. FX thread only.
 */
public final class TeamPasswords {
    private final Map<String, char[]> byServer = new HashMap<>();

    /** A copy of the password remembered for {@code server}, if any. */
    public Optional<char[]> get(DatabaseAddress.Server server) {
        char[] password = byServer.get(server.description());
        return password == null ? Optional.empty() : Optional.of(password.clone());
    }

    /** Remembers a copy of {@code password} for {@code server} until the window closes. */
    public void remember(DatabaseAddress.Server server, char[] password) {
        forget(server);
        byServer.put(server.description(), password.clone());
    }

    /** Forgets (and wipes) the password of {@code server}, say after the server refused it. */
    public void forget(DatabaseAddress.Server server) {
        char[] old = byServer.remove(server.description());
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }

    /** Forgets every password. */
    public void forgetAll() {
        byServer.values().forEach(p -> Arrays.fill(p, '\0'));
        byServer.clear();
    }
}
