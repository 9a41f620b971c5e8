package com.tariffbridge.admin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The door of the admin pages: without a staff session, every page under {@code /admin} except the
 * sign-in form redirects there (always there, so no redirect target can be smuggled in). A filter
 * on the URL pattern, because the container matches it against the normalised path, welcome-file
 * requests ({@code /admin/}) included. {@code /admin/api} has its own guard: the security
 * constraint and HTTP Basic.
 */
@WebFilter(filterName = "staffPages", urlPatterns = "/admin/*")
public class StaffPagesFilter extends HttpFilter {

    static final String SIGN_IN_PAGE = "/admin/sign-in.xhtml";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path =
                request.getServletPath()
                        + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean open =
                path.startsWith("/admin/api/")
                        || path.equals("/admin/api")
                        || path.equals(SIGN_IN_PAGE);
        if (!open
                && StaffSession.nameOf(request).isEmpty()
                && request.getRemoteUser() != null
                && request.isUserInRole("admin")) {
            // The container already knows an admin (single sign-on such as Liberty's OpenID Connect
            // client).
            StaffSession.begin(request, request.getRemoteUser());
        }
        if (open || StaffSession.nameOf(request).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + SIGN_IN_PAGE);
    }
}
