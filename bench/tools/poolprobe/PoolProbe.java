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
import javax.sql.DataSource;

/**
 * The smallest user of Liberty's pool that loses connections (bench/pool-leak-bare.sh): no JPA, no
 * CDI, no transaction, nothing of Tariff Bridge. GET /poll takes a connection, runs one query and
 * closes it, as the product's poll does; GET /free counts the connections the pool can still hand
 * out, so that a lost one shows without the server's JMX or metrics.
 */
@WebServlet({"/poll", "/free"})
public class PoolProbe extends HttpServlet {

  // unshareable, as the product's poll path: each getConnection is a managed connection of its own
  @Resource(lookup = "jdbc/probe", shareable = false)
  private DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      if (request.getServletPath().equals("/free")) {
        response.setContentType("text/plain");
        response.getWriter().print(free());
        return;
      }
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("select 1")) {
        result.next();
      }
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } catch (SQLException e) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
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
