package com.tariffbridge.flatpeak;

import java.util.Optional;
import java.util.regex.Pattern;

/** FlatPeak's one-time connect token: {@code cot_} and 24 lowercase hex digits. */
public record ConnectToken(String value) {

    private static final Pattern SHAPE = Pattern.compile("cot_[0-9a-f]{24}");

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

    @Override
    public String toString() {
        return value;
    }
}
