package com.tariffbridge.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Connections whose return to Liberty's pool takes turns. Liberty's pool marks a connection as
 * being released and clears the mark only after the connection is free again; a second request that
 * takes, uses and closes it before then has its release dropped, and the connection is lost for
 * good (docs/liberty/pool-release-race.md). Closes through here wait for each other, so the mark is
 * always cleared before the next close of the same connection. A close is a few microseconds of
 * pool bookkeeping, no database work, so the turns cost little even on the poll path. Releases at
 * the end of a JTA transaction (the JPA paths) do not come through here and stay exposed, which the
 * liveness check {@code database-pool} covers.
 */
public final class ConnectionReturns {

    private static final Object TURN = new Object();

    private ConnectionReturns() {}

    /** A connection of {@code dataSource} whose close waits its turn; use it as the original. */
    public static Connection take(DataSource dataSource) throws SQLException {
        Connection pooled = dataSource.getConnection();
        return (Connection)
                Proxy.newProxyInstance(
                        ConnectionReturns.class.getClassLoader(),
                        new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            try {
                                if (method.getName().equals("close")
                                        && method.getParameterCount() == 0) {
                                    synchronized (TURN) {
                                        pooled.close();
                                    }
                                    return null;
                                }
                                return method.invoke(pooled, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
    }
}
