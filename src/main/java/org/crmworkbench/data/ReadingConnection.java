package org.crmworkbench.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * A team database connection set up for an analysis's reads (outside auto-commit, repeatable read, read-only) that
 * goes back to the pool as it came: closing it ends its snapshot and restores auto-commit and the isolation.
 */
final class ReadingConnection {
    private ReadingConnection() {
    }

    static Connection around(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        try {
                            if (!c.isClosed()) {
                                c.rollback();
                                c.setReadOnly(false);
                                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                                c.setAutoCommit(true);
                            }
                        } finally {
                            c.close();
                        }
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
