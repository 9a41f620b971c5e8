package com.tariffbridge.token.rest;

import com.tariffbridge.platform.web.FormEncoding;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses an {@code application/x-www-form-urlencoded} body ourselves, so a malformed one (bad
 * percent escapes, oversize) becomes a precise {@code invalid_request} instead of a framework 500.
 */
final class FormParameters {

    static final int MAX_BODY = 16 * 1024;

    private final Map<String, List<String>> values;

    private FormParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    static Optional<FormParameters> parse(String body) {
        if (body == null || body.length() > MAX_BODY) {
            return Optional.empty();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        try {
            FormEncoding.decodeInto(body, StandardCharsets.UTF_8, values);
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
