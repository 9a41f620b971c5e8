package com.tariffbridge.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request whose body {@link RequestBodyLimitFilter} has already read: the body is replayed from
 * memory, and form parameters come from it, because the container would look for them in the stream
 * the filter emptied.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private Map<String, String[]> parameters;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
        return new Replay(body);
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values.clone();
    }

    /** The query string's parameters, then the form body's; parsed once the encoding is final. */
    private Map<String, String[]> parameters() {
        if (parameters == null) {
            Map<String, List<String>> all = new LinkedHashMap<>();
            Charset charset = charset();
            String type = getContentType();
            try {
                FormEncoding.decodeInto(getQueryString(), charset, all);
                if (type != null
                        && type.toLowerCase(Locale.ROOT)
                                .startsWith("application/x-www-form-urlencoded")) {
                    FormEncoding.decodeInto(new String(body, charset), charset, all);
                }
            } catch (IllegalArgumentException malformed) {
                // a bad percent escape ends the parameters there, as a form with no more fields
            }
            Map<String, String[]> arrays = new LinkedHashMap<>();
            all.forEach((name, values) -> arrays.put(name, values.toArray(String[]::new)));
            parameters = Collections.unmodifiableMap(arrays);
        }
        return parameters;
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static final class Replay extends ServletInputStream {
        private final ByteArrayInputStream in;

        Replay(byte[] body) {
            in = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        /** Everything is in memory already: the listener hears about all of it at once. */
        @Override
        public void setReadListener(ReadListener listener) {
            try {
                listener.onDataAvailable();
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
