package com.tariffbridge.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Locale;

/**
 * For REST clients reading another system's JSON (FlatPeak, billing): an answer that ends inside an
 * object, array or string fails its read instead of reaching the end of input in JSON-B. JSON-B
 * skips unknown properties with the JSON-P parser's skipObject/skipArray, and Parsson 1.1 loops
 * forever when such a value is cut off at the end of the input; a truncated answer would otherwise
 * spin a request or timer thread for good. The check watches the bytes as the parser reads them (a
 * billing page of 500 supply points is about a megabyte, which a copy would allocate at once for
 * every page). A refused answer ends the call as a ProcessingException, which the gateways already
 * treat as a failed call.
 */
public class CompleteJsonCheck implements ReaderInterceptor {

    /** Larger answers are refused: a billing page of 1,000 is a few MB. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && type.getSubtype().toLowerCase(Locale.ROOT).endsWith("json")) {
            context.setInputStream(new CompleteJsonStream(context.getInputStream(), MAX_BYTES));
        }
        return context.proceed();
    }
}
