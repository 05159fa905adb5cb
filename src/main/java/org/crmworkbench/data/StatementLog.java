package org.crmworkbench.data;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A diagnostic record of the SQL the workbench sends, for finding which statement an engine refuses: with
 * {@code -Dcrmworkbench.sqlLog=DIR}, each distinct statement text (parameters as {@code ?}, never their values) is
 * appended once per process to {@code DIR/<engine>.sql}, one statement per record, records separated by a line
 * holding only {@code ;;}. The build uses it to show that every SQL string of the data layer runs on both engines.
 */
final class StatementLog {
    /** The record separator: SQL text never holds it on a line of its own. */
    static final String SEPARATOR = "\n;;\n";

    private final Path file;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    private StatementLog(Path file) {
        this.file = file;
    }

    /** The log the system property asks for, or null when it asks for none. */
    static StatementLog fromSystemProperty(Database.Engine engine) {
        String dir = System.getProperty("crmworkbench.sqlLog", "");
        if (dir.isBlank()) {
            return null;
        }
        return new StatementLog(Path.of(dir).resolve(engine.name().toLowerCase(Locale.ROOT) + ".sql"));
    }

    /** {@code c}, noting the text of every statement prepared or run on it. */
    Connection watch(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
                            && args[0] instanceof String sql) {
                        note(sql);
                    }
                    Object result = call(c, method, args);
                    if (name.equals("createStatement") && result instanceof Statement s) {
                        return watch(s);
                    }
                    return result;
                });
    }

    private Statement watch(Statement s) {
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if ((name.startsWith("execute") || name.equals("addBatch")) && args != null && args.length > 0
                            && args[0] instanceof String sql) {
                        note(sql);
                    }
                    return call(s, method, args);
                });
    }

    private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void note(String sql) {
        if (!seen.add(sql)) {
            return;
        }
        synchronized (this) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, sql + SEPARATOR, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("note: cannot write the SQL log " + file + ": " + e.getMessage());
            }
        }
    }
}
