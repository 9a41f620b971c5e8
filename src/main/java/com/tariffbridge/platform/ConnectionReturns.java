package com.tariffbridge.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Connections whose return to Liberty's pool takes turns. Liberty's pool marks a connection as
 * being released and clears the mark only after the connection is free again; a second request that
 * takes, uses and closes it before then has its release dropped, and the connection is lost for
 * good (docs/liberty/pool-release-race.md). Closes through here wait for each other, so the mark is
 * always cleared before the next close of the same connection. A close is a few microseconds of
 * pool bookkeeping, no database work, and the work itself runs on the connection as Liberty handed
 * it out, so the poll path pays only for the turn. Releases at the end of a JTA transaction (the
 * JPA paths) do not come through here and stay exposed, which the liveness check {@code
 * database-pool} covers.
 */
public final class ConnectionReturns {

    /** Work on a connection that must not keep it: the connection is closed when it returns. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private static final Object TURN = new Object();

    private ConnectionReturns() {}

    /** Runs {@code work} on a connection of {@code dataSource}, then closes it in turn. */
    public static <T> T using(DataSource dataSource, Work<T> work) throws SQLException {
        Connection connection = dataSource.getConnection();
        T result;
        try {
            result = work.on(connection);
        } catch (Throwable failed) {
            try {
                closeInTurn(connection);
            } catch (SQLException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
        closeInTurn(connection);
        return result;
    }

    private static void closeInTurn(Connection connection) throws SQLException {
        synchronized (TURN) {
            connection.close();
        }
    }
}
