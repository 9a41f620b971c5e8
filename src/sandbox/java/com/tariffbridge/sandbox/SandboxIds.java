package com.tariffbridge.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** FlatPeak-style identifiers: a prefix and 24 lowercase hex digits. */
final class SandboxIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CONNECT_TOKEN = Pattern.compile("cot_[0-9a-f]{24}");

    private SandboxIds() {}

    /** Random, because a connect token is the only key to a pending session. */
    static String connectToken() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "cot_" + HexFormat.of().formatHex(bytes);
    }

    static boolean isConnectToken(String text) {
        return text != null && CONNECT_TOKEN.matcher(text).matches();
    }

    /** Enough of a token to tell log lines apart without handing out a usable token. */
    static String shortForm(String token) {
        return token == null || token.length() <= 8 ? "…" : token.substring(0, 8) + "…";
    }
}
