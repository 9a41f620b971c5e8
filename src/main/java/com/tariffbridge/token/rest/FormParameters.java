package com.tariffbridge.token.rest;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Parses an {@code application/x-www-form-urlencoded} body ourselves, so a malformed one (bad
 * percent escapes, oversize) becomes a precise {@code invalid_request} instead of a framework 500.
 */
final class FormParameters {

    static final int MAX_BODY = 16 * 1024;

    private final MultivaluedMap<String, String> values;

    private FormParameters(MultivaluedMap<String, String> values) {
        this.values = values;
    }

    static Optional<FormParameters> parse(String body) {
        if (body == null || body.length() > MAX_BODY) {
            return Optional.empty();
        }
        var values = new MultivaluedHashMap<String, String>();
        try {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name =
                        URLDecoder.decode(
                                eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value =
                        eq < 0
                                ? ""
                                : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.add(name, value);
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.of(new FormParameters(values));
    }

    /** The parameter when present exactly once and not blank (RFC 6749 §3.2: no repeats). */
    String single(String name) {
        var list = values.get(name);
        if (list == null || list.size() != 1 || list.get(0).isBlank()) {
            return null;
        }
        return list.get(0);
    }
}
