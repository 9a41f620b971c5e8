package com.tariffbridge.flatpeak;

import com.tariffbridge.platform.Sha256;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * FlatPeak's one-time connect token: {@code cot_} and 24 lowercase hex digits. It lets whoever
 * holds it finish the customer's flow, so it never goes into a log: {@link #toString} is its {@link
 * #fingerprint}, and {@link #redact} takes tokens out of text that came from elsewhere.
 */
public record ConnectToken(String value) {

    private static final Pattern SHAPE = Pattern.compile("cot_[0-9a-f]{24}");
    private static final Pattern ANYWHERE = Pattern.compile("cot_[0-9a-fA-F]{24}");

    public ConnectToken {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a connect token");
        }
    }

    /** Empty unless the text has exactly the token's shape; checked before any outbound call. */
    public static Optional<ConnectToken> parse(String text) {
        return text != null && text.length() == 28 && SHAPE.matcher(text).matches()
                ? Optional.of(new ConnectToken(text))
                : Optional.empty();
    }

    /** What a log line may say about the token: {@code cot#} and a short SHA-256 prefix. */
    public String fingerprint() {
        return "cot#" + Sha256.fingerprint(value);
    }

    /**
     * The text with every connect token in it replaced by its fingerprint: for messages of
     * exceptions from HTTP clients, which may quote the URL the token was part of.
     */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        return ANYWHERE.matcher(text)
                .replaceAll(
                        match ->
                                "cot#"
                                        + Sha256.fingerprint(
                                                match.group().toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public String toString() {
        return fingerprint();
    }
}
