package com.tariffbridge.admin.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The 401 and 403 error page. {@code /admin/api} callers are scripts: they get a JSON problem (the
 * container's {@code WWW-Authenticate: Basic} challenge stays on a 401). A browser anywhere else
 * gets the friendly not-found page, which reveals nothing about what exists.
 */
@WebServlet(urlPatterns = "/error/staff-api")
public class StaffApiErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api =
                uri instanceof String path
                        && path.startsWith(request.getContextPath() + "/admin/api");
        if (!api) {
            request.getRequestDispatcher("/error/not-found.xhtml").forward(request, response);
            return;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String problem;
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)) {
            problem = problem(403, "Forbidden", "forbidden", "This user has no admin role.");
        } else if (request.getHeader("Authorization") == null) {
            problem =
                    problem(
                            401,
                            "Unauthorized",
                            "unauthorized",
                            "Staff credentials are required: HTTP Basic with a user of the admin role.");
        } else {
            problem =
                    problem(
                            401,
                            "Unauthorized",
                            "invalid_credentials",
                            "The staff name or password is wrong, or the Authorization header is not HTTP Basic.");
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem);
    }

    private static String problem(int status, String title, String code, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"code\":\""
                + code
                + "\",\"detail\":\""
                + detail
                + "\"}";
    }
}
