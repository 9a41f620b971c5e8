package com.tariffbridge.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Refuses a query string with broken percent-encoding ({@code %zz}, a lone {@code %}) before
 * anything reads a parameter: the container's parser throws on it, which would otherwise end as a
 * 500. APIs get a 400 problem, browsers the friendly bad-link page.
 */
public class MalformedQueryFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final String PAGE = "/error/bad-link.html";

    static boolean wellFormed(String rawQuery) {
        return rawQuery == null || !BAD_ESCAPE.matcher(rawQuery).find();
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (wellFormed(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")
                || path.startsWith("/oauth/")
                || path.startsWith("/admin/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                                    + "\"code\":\"invalid_request\",\"detail\":\"The query string is"
                                    + " not valid percent-encoding.\"}");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        try (InputStream page = getServletContext().getResourceAsStream(PAGE)) {
            response.getOutputStream().write(page.readAllBytes());
        } catch (NullPointerException e) {
            response.getWriter().write("Bad request");
        }
    }
}
