package com.tariffbridge.platform.web;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} text (a form body or a query string), decoded. */
public final class FormEncoding {

    private FormEncoding() {}

    /**
     * Adds each {@code name=value} pair of the text to {@code into}, in order.
     *
     * @throws IllegalArgumentException on a malformed percent escape
     */
    public static void decodeInto(String text, Charset charset, Map<String, List<String>> into) {
        if (text == null) {
            return;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
            into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }
}
