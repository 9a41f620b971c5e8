import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The smallest user of Liberty's pool that loses connections (bench/pool-leak-bare.sh): no JPA, no
 * CDI, no transaction, nothing of Tariff Bridge. GET /poll takes a connection, runs one query and
 * closes it, as the product's poll does; GET /free counts the connections the pool can still hand
 * out, so that a lost one shows without the server's JMX or metrics. GET /overlaps counts the polls
 * that were handed a database session another poll still held: the pool should never do that.
 */
@WebServlet({"/poll", "/free", "/overlaps"})
public class PoolProbe extends HttpServlet {

  // unshareable, as the product's poll path: each getConnection is a managed connection of its own
  @Resource(lookup = "jdbc/probe", shareable = false)
  private DataSource dataSource;

  // H2's session of each connection a poll holds, and by which thread; one found already held means
  // the pool handed one physical connection to two requests at once
  private final Map<Integer, Long> heldSessions = new ConcurrentHashMap<>();
  private final AtomicLong overlaps = new AtomicLong();

  // PROBE_CLOSE_LOCK=1 in the server's environment: closes take turns, which keeps a release out of
  // the window where Liberty's pool still marks the previous release of the same connection
  private static final Object CLOSE_LOCK =
      "1".equals(System.getenv("PROBE_CLOSE_LOCK")) ? new Object() : null;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      if (request.getServletPath().equals("/free")) {
        response.setContentType("text/plain");
        response.getWriter().print(free());
        return;
      }
      if (request.getServletPath().equals("/overlaps")) {
        response.setContentType("text/plain");
        response.getWriter().print(overlaps.get());
        return;
      }
      Connection connection = dataSource.getConnection();
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("select session_id()")) {
        result.next();
        int session = result.getInt(1);
        long thread = Thread.currentThread().getId();
        if (heldSessions.putIfAbsent(session, thread) != null) {
          overlaps.incrementAndGet();
        } else {
          try (ResultSet again = statement.executeQuery("select 1")) { // held for a while longer
            again.next();
          } finally {
            heldSessions.remove(session, thread);
          }
        }
      } finally {
        close(connection);
      }
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } catch (SQLException e) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
    }
  }

  private static void close(Connection connection) throws SQLException {
    if (CLOSE_LOCK == null) {
      connection.close();
      return;
    }
    synchronized (CLOSE_LOCK) {
      connection.close();
    }
  }

  /**
   * Holds connections until the pool has none left (the next one times out after the pool's
   * connectionTimeout): on an idle server that is the pool's size less the connections it lost.
   */
  private int free() throws SQLException {
    List<Connection> held = new ArrayList<>();
    try {
      while (true) {
        try {
          held.add(dataSource.getConnection());
        } catch (SQLException timedOut) {
          return held.size();
        }
      }
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }
}
