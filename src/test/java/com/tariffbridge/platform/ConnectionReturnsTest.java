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
import java.util.concurrent.atomic.AtomicReference;
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
    void theWorkRunsOnAConnectionThatIsClosedAfterwards() throws SQLException {
        var used = new AtomicReference<Connection>();
        int answer =
                ConnectionReturns.using(
                        h2(),
                        connection -> {
                            used.set(connection);
                            try (var statement = connection.createStatement();
                                    var rows = statement.executeQuery("select 41 + 1")) {
                                rows.next();
                                return rows.getInt(1);
                            }
                        });
        assertThat(answer).isEqualTo(42);
        assertThat(used.get().isClosed()).isTrue();
    }

    @Test
    void aDatabaseErrorReachesTheCallerAsItselfAndTheConnectionIsStillClosed() throws SQLException {
        var used = new AtomicReference<Connection>();
        assertThatThrownBy(
                        () ->
                                ConnectionReturns.using(
                                        h2(),
                                        connection -> {
                                            used.set(connection);
                                            try (var statement = connection.createStatement()) {
                                                return statement.executeQuery(
                                                        "select from nowhere");
                                            }
                                        }))
                .isInstanceOf(SQLSyntaxErrorException.class);
        assertThat(used.get().isClosed()).isTrue();
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
        var threads = Executors.newFixedThreadPool(2);
        try {
            var firstClosed =
                    threads.submit(() -> ConnectionReturns.using(slowToClose, c -> "first"));
            assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
            var secondClosed =
                    threads.submit(() -> ConnectionReturns.using(slowToClose, c -> "second"));
            Thread.sleep(200); // time enough for the second close to get in, were it let
            assertThat(secondClosed.isDone()).isFalse();
            letFirstOut.countDown();
            assertThat(firstClosed.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(secondClosed.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        } finally {
            threads.shutdownNow();
        }
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }
}
