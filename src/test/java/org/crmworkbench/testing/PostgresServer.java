package org.crmworkbench.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests that run on the team database as well as on H2.
 *
 * <p>Where it comes from, in this order:
 * <ol>
 * <li>{@code $CRM_WORKBENCH_TEST_POSTGRES}: the JDBC URL of a server the tests may create databases on (its user
 * needs CREATEDB), such as {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=crm}, password in
 * {@code $CRM_WORKBENCH_TEST_POSTGRES_PASSWORD};</li>
 * <li>else a server of its own: Debian's {@code postgresql} package ({@code initdb} and {@code pg_ctl} on the PATH or
 * under {@code /usr/lib/postgresql/VERSION/bin}) makes a cluster in a temporary folder and starts it on a free local
 * port, once per test JVM, stopped and removed when the JVM ends. {@code initdb} refuses to run as root, so as root
 * the cluster belongs to the user {@code nobody};</li>
 * <li>else none: the tests that need it are skipped with a note saying how to run them, unless
 * {@code $CRM_WORKBENCH_REQUIRE_POSTGRES} is set (as {@code .ci/run} does), when they fail instead.</li>
 * </ol>
 * Every test gets a database of its own ({@link #newDatabase(String)}), dropped by {@link #drop(String)} or with the
 * cluster.
 */
public final class PostgresServer {
    /** The user the tests connect as (the cluster's superuser when it is our own). */
    private static final String USER = "crm";
    /** A user who must give a password over TCP (see {@link #passwordLogin()}). */
    private static final String PASSWORD_USER = "crm_with_password";
    private static final String PASSWORD_USERS_PASSWORD = "s3cret-for-tests";
    private static final Object LOCK = new Object();
    private static PostgresServer started;
    private static String unavailable;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    /** Whether {@link #PASSWORD_USER} exists (a server the tests started). */
    private boolean passwordUser;
    private final String adminDatabase;
    private final AtomicInteger databases = new AtomicInteger();
    /** The migrated database {@link #newMigratedDatabase} copies. */
    private static final String TEMPLATE = "workbench_template_" + ProcessHandle.current().pid();
    private boolean templateReady;

    private PostgresServer(String host, int port, String user, String password, String adminDatabase) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.adminDatabase = adminDatabase;
    }

    /** The server, or the test is skipped (or fails, when PostgreSQL is required) with why there is none. */
    public static PostgresServer require() {
        Optional<PostgresServer> server = available();
        if (server.isEmpty()) {
            String why = "No PostgreSQL for the team-database tests: " + unavailable;
            if (System.getenv("CRM_WORKBENCH_REQUIRE_POSTGRES") != null) {
                Assertions.fail(why + " ($CRM_WORKBENCH_REQUIRE_POSTGRES is set, so this fails instead of skipping)");
            }
            Assumptions.abort(why + ". These tests are skipped; install PostgreSQL (Debian: apt-get install "
                    + "postgresql) or set $CRM_WORKBENCH_TEST_POSTGRES to run them.");
        }
        return server.get();
    }

    /** The server when there is or can be one; the first call starts it. */
    public static Optional<PostgresServer> available() {
        synchronized (LOCK) {
            if (started == null && unavailable == null) {
                try {
                    started = fromEnvironment().orElseGet(PostgresServer::startOwn);
                } catch (RuntimeException e) {
                    unavailable = e.getMessage();
                    System.err.println("note: " + unavailable + " - the team-database (PostgreSQL) tests are skipped");
                }
            }
            return Optional.ofNullable(started);
        }
    }

    private static Optional<PostgresServer> fromEnvironment() {
        String url = System.getenv("CRM_WORKBENCH_TEST_POSTGRES");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        java.net.URI uri = java.net.URI.create(url.strip().substring("jdbc:".length()));
        String query = Optional.ofNullable(uri.getQuery()).orElse("");
        String user = Stream.of(query.split("&")).filter(p -> p.startsWith("user="))
                .map(p -> p.substring("user=".length())).findFirst().orElse(System.getProperty("user.name"));
        String admin = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return Optional.of(new PostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user,
                System.getenv("CRM_WORKBENCH_TEST_POSTGRES_PASSWORD"), admin));
    }

    private static PostgresServer startOwn() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL is not installed here (no initdb on the PATH or under /usr/lib/postgresql)"));
        try {
            Path dir = Files.createTempDirectory("crm-postgres-");
            boolean root = "root".equals(System.getProperty("user.name"));
            List<String> as = new ArrayList<>();
            if (root) {
                UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(
                        "nobody");
                Files.setOwner(dir, nobody);
                as.addAll(List.of("runuser", "-u", "nobody", "--"));
            }
            Path data = dir.resolve("data");
            run(dir, concat(as, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
            // one user who must give a password over TCP (the first matching line wins), for the password tests
            Path hba = data.resolve("pg_hba.conf");
            String rules = "host all " + PASSWORD_USER + " 127.0.0.1/32 scram-sha-256\n";
            Files.writeString(hba, rules + Files.readString(hba));
            int port = freePort();
            // no durability for test data: fsync and full-page writes off make a cluster start and load faster
            run(dir, concat(as, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off "
                            + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60", "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(dir, concat(as, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                            "stop"));
                } catch (RuntimeException ignored) {
                    // the JVM is ending; the folder goes anyway
                }
                deleteTree(dir);
            }, "stop-test-postgres"));
            PostgresServer server = new PostgresServer("127.0.0.1", port, USER, null, "postgres");
            server.admin("CREATE ROLE " + PASSWORD_USER + " LOGIN CREATEDB PASSWORD '" + PASSWORD_USERS_PASSWORD + "'");
            server.passwordUser = true;
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    private static Optional<Path> binaries() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb"))) {
                return Optional.of(Path.of(dir));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> concat(List<String> prefix, String... rest) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(rest));
        return all;
    }

    private static void run(Path dir, List<String> command) {
        try {
            Path log = Files.createTempFile(dir.getParent(), "crm-postgres-", ".log");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
            String output = Files.readString(log);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): "
                        + output.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }

    /**
     * Creates a new, empty database whose name begins with {@code prefix} (letters, digits, underscores) and returns
     * its JDBC URL (user in it, never a password).
     */
    public String newDatabase(String prefix) {
        return createDatabase(prefix + "_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet());
    }

    /**
     * As {@link #newDatabase(String)}, with the workbench's whole schema already in it: copied from a template
     * database migrated once per JVM, which is much faster than migrating each one.
     */
    public String newMigratedDatabase(String prefix) {
        synchronized (this) {
            if (!templateReady) {
                String template = createDatabase(TEMPLATE);
                org.crmworkbench.data.Database.openServer((org.crmworkbench.data.DatabaseAddress.Server)
                        org.crmworkbench.data.DatabaseAddress.parse(template),
                        password == null ? null : password.toCharArray(), false).close();
                templateReady = true;
            }
        }
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return url(name);
    }

    /** Creates the database {@code name} (dropped first if it is there) and returns its JDBC URL. */
    public String createDatabase(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin("CREATE DATABASE " + name);
        return url(name);
    }

    /** The JDBC URL of the database {@code name} on this server. */
    public String url(String name) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name + "?user=" + user;
    }

    /**
     * A user this server asks for a password ({@code password} for {@code name}), on a server the tests started
     * themselves; empty on one given by {@code $CRM_WORKBENCH_TEST_POSTGRES}.
     */
    public Optional<Login> passwordLogin() {
        return passwordUser ? Optional.of(new Login(PASSWORD_USER, PASSWORD_USERS_PASSWORD)) : Optional.empty();
    }

    /** A user and the password the server wants from it. */
    public record Login(String name, String password) {
    }

    /** The password of the tests' user, or null when the server trusts it. */
    public String password() {
        return password;
    }

    /** Drops the database {@code name}, closing whatever connections it still has. */
    public void drop(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Runs {@code sql} on the server's administrative database, as the tests' user. */
    public void admin(String sql) {
        try (Connection c = DriverManager.getConnection(url(adminDatabase), user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The database name in a URL {@link #newDatabase} gave. */
    public static String nameOf(String url) {
        String afterHost = url.substring(url.indexOf("//") + 2);
        String path = afterHost.substring(afterHost.indexOf('/') + 1);
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }
}
