package com.tariffbridge.admin.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The 403 error page. A signed-in registry user without the admin role calling {@code /admin/api}
 * is a script and gets a JSON problem; a browser anywhere else gets the friendly not-found page,
 * which reveals nothing about what exists.
 */
@WebServlet(urlPatterns = "/error/forbidden")
public class StaffForbiddenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/admin/api")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"code\":\"forbidden\",\"detail\":\"This user has no admin role.\"}");
            return;
        }
        request.getRequestDispatcher("/error/not-found.xhtml").forward(request, response);
    }
}
