package org.retrotread.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * The store's connection, checked before each statement that starts outside a transaction: when the
 * database's log files had to be renewed ({@link Database#checkFiles}), the next statement runs on a new
 * connection, on the fresh files, instead of one still writing into a deleted log. When the main file is
 * gone or replaced the statement fails, saying so, rather than write where nobody will read it again.
 *
 * <p>A proxy, so that the repositories keep the one {@link Connection} they were given.
 */
final class RenewingConnection implements InvocationHandler {

    private static final Set<String> STARTS = Set.of("prepareStatement", "createStatement", "setAutoCommit");

    private final Database database;
    private Connection current;

    private RenewingConnection(Database database, Connection first) {
        this.database = database;
        this.current = first;
    }

    static Connection over(Database database) throws SQLException {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new RenewingConnection(database, database.connect()));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (STARTS.contains(method.getName()) && !current.isClosed() && current.getAutoCommit()) {
            if (writes(method, args)) {
                try {
                    database.awaitChecked(); // a large file is checked while the screens come up; no write before it passes
                } catch (StoreProblem p) {
                    throw new SQLException(p.getMessage(), p);
                }
            }
            renewIfNeeded();
        }
        try {
            return method.invoke(current, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A transaction begun, or a statement that changes something: what must wait for the integrity check. */
    private static boolean writes(Method method, Object[] args) {
        if (method.getName().equals("setAutoCommit")) {
            return Boolean.FALSE.equals(args[0]);
        }
        if (args == null || args.length == 0 || !(args[0] instanceof String sql)) {
            return false;
        }
        String first = sql.stripLeading().split("\\s", 2)[0].toUpperCase(Locale.ROOT);
        return Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "VACUUM").contains(first);
    }

    private void renewIfNeeded() throws SQLException {
        try {
            database.checkFiles(current);
        } catch (FilesChanged changed) {
            if (!changed.reconnect()) {
                throw new SQLException(changed.getMessage(), changed);
            }
            Connection fresh = database.connect(); // before the old one closes, so it is never the last one open
            Connection old = current;
            current = fresh;
            try {
                old.close();
            } catch (SQLException ignored) {
                // the old connection's files are gone; nothing of ours is left on it
            }
        }
    }
}
