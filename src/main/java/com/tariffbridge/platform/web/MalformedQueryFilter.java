package com.tariffbridge.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses a query string with broken percent-encoding ({@code %zz}, a lone {@code %}) before
 * anything reads a parameter: the container's parser throws on it, which would otherwise end as a
 * 500. APIs get a 400 problem, browsers the friendly bad-link page. The same holds for the form
 * body of a browser POST (the sign-in forms, every Faces form): it is read here, checked, and
 * handed on from memory. It is at most {@code request.max-body-bytes}, since the body-limit filter
 * runs first. The APIs' form bodies ({@code /oauth/*}) are parsed by the endpoints themselves,
 * which answer OAuth errors.
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
        if (!wellFormed(request.getQueryString())) {
            refuse(request, response, "query string");
            return;
        }
        if (browserForm(request)) {
            byte[] body = request.getInputStream().readAllBytes();
            if (!wellFormed(new String(body, StandardCharsets.ISO_8859_1))) {
                refuse(request, response, "form body");
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A url-encoded form body sent to a page (not to an API). */
    private static boolean browserForm(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && !api(request);
    }

    private static boolean api(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/")
                || path.startsWith("/oauth/")
                || path.startsWith("/admin/api/");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String what)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-store");
        if (api(request)) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                                    + "\"code\":\"invalid_request\",\"detail\":\"The "
                                    + what
                                    + " is not valid percent-encoding.\"}");
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
