package com.tariffbridge.flatpeak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectTokenTest {

    private static final String HEX24 = "0123456789abcdef01234567";
    private static final String VALID = "cot_" + HEX24;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cot_0123456789abcdef01234567",
                "cot_000000000000000000000000",
                "cot_ffffffffffffffffffffffff",
                "cot_a1b2c3d4e5f60718293a4b5c"
            })
    void acceptsCotAnd24LowercaseHexDigits(String text) {
        assertThat(ConnectToken.parse(text)).map(ConnectToken::value).contains(text);
        assertThat(new ConnectToken(text).value()).isEqualTo(text);
    }

    static Stream<String> notConnectTokens() {
        return Stream.of(
                // case and prefix
                "cot_0123456789ABCDEF01234567",
                "COT_0123456789abcdef01234567",
                "Cot_0123456789abcdef01234567",
                "cot-0123456789abcdef01234567",
                "cot0123456789abcdef01234567",
                "cat_0123456789abcdef01234567",
                "tok_0123456789abcdef01234567",
                HEX24,
                "cot_",
                // length
                "cot_" + HEX24.substring(1),
                "cot_" + HEX24 + "8",
                "cot_" + HEX24 + HEX24,
                // not hex
                "cot_0123456789abcdef0123456g",
                "cot_0123456789abcdef0123456z",
                // whitespace
                " " + VALID,
                VALID + " ",
                VALID + "\n",
                "\t" + VALID,
                "cot_0123456789ab cdef0123456",
                "cot_0123456789abcdef01234567\r\nX-Injected: 1",
                "   ",
                // size
                "cot_" + "a".repeat(8 * 1024),
                "cot_" + "0".repeat(8 * 1024 - 4),
                "x".repeat(8 * 1024),
                // SQL and path metacharacters
                "cot_' OR '1'='1",
                "cot_0123456789abcdef01234'--",
                VALID + ";DROP TABLE connect_session;--",
                "cot_0123456789abcdef0123456%",
                "cot_0123456789abcdef0123456*",
                "../../cot_0123456789abcdef01",
                "cot_0123456789abcdef/../..x",
                // unicode look-alikes
                "\u0441\u043Et_0123456789abcdef01234567",
                "cot\uFF3F0123456789abcdef01234567",
                "cot_\uFF10123456789abcdef01234567",
                "cot_0123456789abcdef0123456\u0661",
                "cot_0123456789abcdef0123456\u0430",
                "cot_0123456789abcdef0123456\uFF41",
                "cot_0123456789abcdef012345\u0301\u0037",
                "\uFEFF" + VALID,
                VALID + "\u200B",
                // URL-encoded forms
                "cot%5F0123456789abcdef01234567",
                "cot_0123456789abcdef0123456%37",
                "%63ot_0123456789abcdef01234567",
                // control characters
                VALID + "\u0000",
                "\u0000" + VALID,
                "cot_0123456789abcdef\u00000123456",
                "cot_0123456789abcdef012345\u00077",
                VALID.substring(0, 27) + "\u007F",
                "\u001B[31m" + VALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @MethodSource("notConnectTokens")
    void parseRejectsAnythingElse(String text) {
        assertThat(ConnectToken.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @MethodSource("notConnectTokens")
    void constructorRefusesAnythingElse(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ConnectToken(text));
    }

    @Test
    void rejectionMessageDoesNotEchoTheInput() {
        String hostile = "cot_<script>alert(1)</script>";

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConnectToken(hostile))
                .withMessageNotContaining("<script>");
    }

    @Test
    void toStringIsAShortFingerprintNeverTheToken() {
        var token = new ConnectToken(VALID);

        assertThat(token.toString())
                .isEqualTo(token.fingerprint())
                .startsWith("cot#")
                .hasSize(16)
                .doesNotContain(HEX24)
                .doesNotContain(HEX24.substring(0, 8));
        assertThat("refused " + token).doesNotContain(VALID);
    }

    @Test
    void fingerprintsTellTokensApartAndStayTheSame() {
        assertThat(new ConnectToken(VALID).fingerprint())
                .isEqualTo(new ConnectToken(VALID).fingerprint())
                .isNotEqualTo(new ConnectToken("cot_" + "f".repeat(24)).fingerprint());
    }

    @Test
    void redactReplacesEveryTokenInForeignTextByItsFingerprint() {
        String message =
                "GET https://api.example/connect/session/"
                        + VALID
                        + " failed; retried "
                        + VALID.toUpperCase(java.util.Locale.ROOT).replace("COT_", "cot_");

        assertThat(ConnectToken.redact(message))
                .doesNotContain(HEX24)
                .doesNotContainIgnoringCase(HEX24)
                .contains("/connect/session/" + new ConnectToken(VALID).fingerprint() + " failed")
                .endsWith("retried " + new ConnectToken(VALID).fingerprint());
        assertThat(ConnectToken.redact(null)).isNull();
        assertThat(ConnectToken.redact("no token here")).isEqualTo("no token here");
    }
}
