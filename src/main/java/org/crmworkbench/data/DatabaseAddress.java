package org.crmworkbench.data;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a workbench database lives, as {@code --db} (or the window's Open database) names it: a file on this machine
 * (the embedded H2 engine), or a team database on a PostgreSQL server given by its JDBC URL.
 *
 * <p>A server URL never carries the password: {@link #parse(String)} refuses one that does, so it cannot end up in a
 * shell history, a process list or a log. The password comes from the environment, a file or a prompt.
 */
public sealed interface DatabaseAddress {
    /** The prefix of the team database's URLs. */
    String POSTGRESQL_PREFIX = "jdbc:postgresql://";

    /**
     * Reads {@code text}: a {@code jdbc:postgresql://host[:port]/database[?user=...]} URL, or else the path of a file.
     *
     * @throws IllegalArgumentException when it looks like a URL but is not one the workbench opens, or a server URL
     *                                  names a password; the message says what is expected
     */
    static DatabaseAddress parse(String text) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            throw new IllegalArgumentException("The database is empty: give the path of a file, or a team database's "
                    + "URL such as jdbc:postgresql://host:5432/crm?user=analyst.");
        }
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return Server.of(given);
        }
        if (lower.startsWith("jdbc:") || lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            throw new IllegalArgumentException("The database '" + given + "' is not one the workbench opens: give the "
                    + "path of a file, or a PostgreSQL URL such as jdbc:postgresql://host:5432/crm?user=analyst.");
        }
        return new File(Path.of(given));
    }

    /** How the address is shown in messages, reports and provenance: the file's path, or the URL without secrets. */
    String description();

    /** Whether a database is already there (always assumed for a server: opening it says if it is not). */
    boolean exists();

    /** A database in a file on this machine, the embedded default. */
    record File(Path path) implements DatabaseAddress {
        @Override
        public String description() {
            return path.toAbsolutePath().normalize().toString();
        }

        @Override
        public boolean exists() {
            return Database.exists(path);
        }
    }

    /**
     * A team database on a PostgreSQL server.
     *
     * @param url  the JDBC URL as given (without a password)
     * @param host the server's host name
     * @param port its port (5432 when the URL gives none)
     * @param name the database's name
     * @param user the user the URL names, or empty when the driver's default (the system user's name) applies
     */
    record Server(String url, String host, int port, String name, Optional<String> user) implements DatabaseAddress {
        static Server of(String url) {
            if (!url.regionMatches(true, 0, POSTGRESQL_PREFIX, 0, POSTGRESQL_PREFIX.length())) {
                throw new IllegalArgumentException("The team database URL '" + url + "' should begin with "
                        + POSTGRESQL_PREFIX + " and name the host and the database, such as "
                        + "jdbc:postgresql://host:5432/crm?user=analyst.");
            }
            URI uri;
            try {
                uri = new URI(url.substring("jdbc:".length()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("The team database URL '" + url + "' cannot be read ("
                        + e.getReason() + "); expected jdbc:postgresql://host:5432/crm?user=analyst.", e);
            }
            Map<String, String> parameters = parameters(uri.getRawQuery());
            if (parameters.containsKey("password") || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("The team database URL carries a password: leave it out of the URL "
                        + "(it would show in the shell's history and the list of processes) and give it in "
                        + "$CRM_WORKBENCH_DB_PASSWORD, with --password-file, or when asked.");
            }
            String host = uri.getHost();
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (host == null || host.isBlank() || path.isBlank() || path.contains("/")) {
                throw new IllegalArgumentException("The team database URL '" + url + "' should name a host and one "
                        + "database, such as jdbc:postgresql://host:5432/crm?user=analyst.");
            }
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            Optional<String> user = Optional.ofNullable(parameters.get("user")).filter(u -> !u.isBlank());
            return new Server(url, host, port, path, user);
        }

        private static Map<String, String> parameters(String query) {
            Map<String, String> parameters = new LinkedHashMap<>();
            if (query == null || query.isEmpty()) {
                return parameters;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
                        java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
                parameters.put(key, value);
            }
            return parameters;
        }

        @Override
        public String description() {
            return "postgresql://" + user.map(u -> u + "@").orElse("") + host + ":" + port + "/" + name;
        }

        @Override
        public boolean exists() {
            return true;
        }
    }
}
