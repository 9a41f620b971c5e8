package com.tariffbridge.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * No request body larger than {@code request.max-body-bytes} is read, anywhere: the token
 * endpoints, the Faces forms and the sandbox alike. A declared Content-Length above the limit is
 * refused before a byte of the body is read; a body without one (chunked) is read here, at most one
 * byte past the limit, and handed on from memory. Every form and API body of the product is a few
 * kilobytes, so the default leaves ample room. Declared in web.xml, not by annotation, so it runs
 * before every annotated filter: one that asks for a parameter would otherwise make the container
 * read an unbounded chunked form body before this one ran.
 */
public class RequestBodyLimitFilter extends HttpFilter {

    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    @ConfigProperty(name = "request.max-body-bytes", defaultValue = "65536")
    long maxBody;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > maxBody) {
            refuse(response);
            return;
        }
        if (declared < 0 && mayCarryABody(request)) {
            byte[] body = readAtMost(request.getInputStream(), maxBody);
            if (body == null) {
                refuse(response);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Chunked, or a method with a body over a protocol that need not declare its length. */
    private static boolean mayCarryABody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null
                || !WITHOUT_BODY.contains(request.getMethod());
    }

    /** The whole body, or null once it runs past {@code limit}. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        var body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (body.size() + (long) read > limit) {
                return null;
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    /**
     * 413 problem; the connection closes, so the container does not read the rest of the body to
     * reuse it.
     */
    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Connection", "close");
        response.getWriter()
                .write(
                        "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                                + "\"code\":\"request_too_large\",\"detail\":\"A request body may"
                                + " have at most "
                                + maxBody
                                + " bytes.\"}");
    }
}
