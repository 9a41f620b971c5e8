package com.tariffbridge.platform.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * For REST clients reading another system's JSON (FlatPeak, billing): refuses an answer that ends
 * inside an object, array or string, before JSON-B sees it. JSON-B skips unknown properties with
 * the JSON-P parser's skipObject/skipArray, and Parsson 1.1 loops forever when such a value is cut
 * off at the end of the input; a truncated answer would otherwise spin a request or timer thread
 * for good. A refused answer is a ProcessingException, which the gateways already treat as a failed
 * call. One pass over the bytes, no parsing.
 */
public class CompleteJsonCheck implements ReaderInterceptor {

    /** Larger answers are refused rather than buffered: a billing page of 1,000 is a few MB. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null
                || !type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("json")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new ProcessingException("JSON answer larger than " + MAX_BYTES + " bytes");
        }
        if (!complete(body)) {
            throw new ProcessingException("JSON answer ends inside an object, array or string");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Whether every object, array and string that opens in the text also closes. */
    static boolean complete(byte[] json) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0 && !inString;
    }
}
