package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class ConnectionReturnsTest {

    private static DataSource h2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:connection-returns;DB_CLOSE_DELAY=-1");
        return h2;
    }

    @Test
    void aConnectionTakenQueriesAsTheOriginalAndIsClosedByClose() throws SQLException {
        Connection connection = ConnectionReturns.take(h2());
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select 41 + 1")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(42);
        }
        connection.close();
        assertThat(connection.isClosed()).isTrue();
    }

    @Test
    void aDatabaseErrorReachesTheCallerAsItsOwnException() throws SQLException {
        try (Connection connection = ConnectionReturns.take(h2());
                var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("select from nowhere"))
                    .isInstanceOf(SQLSyntaxErrorException.class);
        }
    }

    @Test
    void closesOfDifferentConnectionsTakeTurns() throws Exception {
        var inClose = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        var firstInside = new CountDownLatch(1);
        var letFirstOut = new CountDownLatch(1);
        // a connection whose first close is slow, so a second close would overlap it
        Connection slow =
                (Connection)
                        Proxy.newProxyInstance(
                                getClass().getClassLoader(),
                                new Class<?>[] {Connection.class},
                                (proxy, method, args) -> {
                                    if (!method.getName().equals("close")) {
                                        return null;
                                    }
                                    mostAtOnce.accumulateAndGet(
                                            inClose.incrementAndGet(), Math::max);
                                    if (firstInside.getCount() > 0) {
                                        firstInside.countDown();
                                        letFirstOut.await();
                                    }
                                    inClose.decrementAndGet();
                                    return null;
                                });
        DataSource slowToClose =
                (DataSource)
                        Proxy.newProxyInstance(
                                getClass().getClassLoader(),
                                new Class<?>[] {DataSource.class},
                                (proxy, method, args) -> slow);
        var first = ConnectionReturns.take(slowToClose);
        var second = ConnectionReturns.take(slowToClose);
        var threads = Executors.newFixedThreadPool(2);
        try {
            var firstClosed = threads.submit(() -> close(first));
            assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
            var secondClosed = threads.submit(() -> close(second));
            Thread.sleep(200); // time enough for the second close to get in, were it let
            assertThat(secondClosed.isDone()).isFalse();
            letFirstOut.countDown();
            firstClosed.get(10, TimeUnit.SECONDS);
            secondClosed.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    private static Void close(Connection connection) throws SQLException {
        connection.close();
        return null;
    }
}
