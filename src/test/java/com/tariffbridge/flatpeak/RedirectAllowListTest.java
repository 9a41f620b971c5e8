package com.tariffbridge.flatpeak;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectAllowListTest {

    private static final ConnectToken TOKEN = new ConnectToken("cot_0123456789abcdef01234567");

    private final RedirectAllowList allowList =
            new RedirectAllowList(
                    List.of("http://localhost:9080", "https://auth.direct.flatpeak.com"));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            http://localhost:9080                                | http://localhost:9080?connect_token=cot_0123456789abcdef01234567
            http://localhost:9080/                               | http://localhost:9080/?connect_token=cot_0123456789abcdef01234567
            http://localhost:9080/sandbox/outcome                | http://localhost:9080/sandbox/outcome?connect_token=cot_0123456789abcdef01234567
            https://auth.direct.flatpeak.com/connect/return      | https://auth.direct.flatpeak.com/connect/return?connect_token=cot_0123456789abcdef01234567
            https://auth.direct.flatpeak.com/return?state=abc    | https://auth.direct.flatpeak.com/return?state=abc&connect_token=cot_0123456789abcdef01234567
            https://auth.direct.flatpeak.com/r?a=1&b=%20x        | https://auth.direct.flatpeak.com/r?a=1&b=%20x&connect_token=cot_0123456789abcdef01234567
            https://auth.direct.flatpeak.com:443/x               | https://auth.direct.flatpeak.com:443/x?connect_token=cot_0123456789abcdef01234567
            HTTPS://AUTH.DIRECT.FLATPEAK.COM/x                   | HTTPS://AUTH.DIRECT.FLATPEAK.COM/x?connect_token=cot_0123456789abcdef01234567
            """)
    void allowedOriginGetsTheConnectTokenAppended(String connectWebUri, String expected) {
        assertThat(allowList.returnUri(connectWebUri, TOKEN)).contains(URI.create(expected));
    }

    @Test
    void defaultPortOfAConfiguredOriginIsTheSameOrigin() {
        var withExplicitPort =
                new RedirectAllowList(List.of("https://auth.direct.flatpeak.com:443"));

        assertThat(withExplicitPort.returnUri("https://auth.direct.flatpeak.com/x", TOKEN))
                .isPresent();
        assertThat(allowList.returnUri("https://auth.direct.flatpeak.com:443/x", TOKEN))
                .isPresent();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                // other hosts and look-alikes
                "https://evil.example/",
                "https://auth.direct.flatpeak.com.evil.example/",
                "https://evilflatpeak.com/",
                "https://flatpeak.com/",
                "https://direct.flatpeak.com/",
                "https://evil.auth.direct.flatpeak.com/",
                "https://auth.direct.flatpeak.com./",
                "https://auth-direct.flatpeak.com/",
                "https://auth.direct.flatpeak.co/",
                "https://\u0430uth.direct.flatpeak.com/",
                "https://xn--uth-8cd.direct.flatpeak.com/",
                "https://auth.direct.flatpeak.com%2eevil.example/",
                "http://127.0.0.1:9080/",
                "http://[::1]:9080/",
                // other ports
                "http://localhost/",
                "http://localhost:80/",
                "http://localhost:9081/",
                "http://localhost:443/",
                "https://auth.direct.flatpeak.com:8443/",
                "https://auth.direct.flatpeak.com:80/",
                // scheme changes
                "http://auth.direct.flatpeak.com/",
                "http://auth.direct.flatpeak.com:443/",
                "https://localhost:9080/",
                "ftp://auth.direct.flatpeak.com/",
                "ws://localhost:9080/",
                // user info
                "https://auth.direct.flatpeak.com@evil.example/",
                "https://user@auth.direct.flatpeak.com/",
                "https://user:secret@auth.direct.flatpeak.com/",
                "https://@auth.direct.flatpeak.com/",
                "http://localhost:9080@evil.example/",
                // fragments
                "https://auth.direct.flatpeak.com/#frag",
                "https://auth.direct.flatpeak.com/x#",
                "https://evil.example#@auth.direct.flatpeak.com/",
                "http://localhost:9080/?a=1#connect_token=x",
                // script and data
                "javascript:alert(1)",
                "JavaScript:alert(document.domain)",
                "javascript://auth.direct.flatpeak.com/%0Aalert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)",
                // relative and protocol-relative
                "/connect/done",
                "connect/done",
                "?connect_token=x",
                "//evil.example/",
                "//auth.direct.flatpeak.com/",
                "///evil.example/",
                // backslash tricks
                "https:\\\\evil.example/",
                "https://auth.direct.flatpeak.com\\@evil.example/",
                "https://evil.example\\@auth.direct.flatpeak.com/",
                "https:/\\evil.example/",
                "\\\\evil.example\\",
                "/\\evil.example/",
                // garbage and whitespace
                " ",
                "not a uri",
                "https://",
                "https:",
                "https:///x",
                "https://auth.direct.flatpeak.com:notaport/",
                " https://auth.direct.flatpeak.com/",
                "https://auth.direct.flatpeak.com /",
                "https://auth.direct.flatpeak.com/\r\nSet-Cookie: x=1",
                "https://auth.direct.flatpeak.com\u0000.evil.example/",
                "%68ttps://auth.direct.flatpeak.com/",
                "https://%61uth.direct.flatpeak.com/"
            })
    void anythingButAnAllowedOriginIsRefused(String connectWebUri) {
        assertThat(allowList.returnUri(connectWebUri, TOKEN)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "http://localhost:9080/?connect_token=cot_0123456789abcdef01234567",
                "http://localhost:9080/sandbox/outcome?connect_token=cot_ffffffffffffffffffffffff",
                "https://auth.direct.flatpeak.com/return?connect_token=x",
                "https://auth.direct.flatpeak.com/return?state=abc&connect_token=x",
                "https://auth.direct.flatpeak.com/return?connect_token=x&state=abc",
                "https://auth.direct.flatpeak.com/return?connect_token=",
                "https://auth.direct.flatpeak.com/return?connect_token",
                "https://auth.direct.flatpeak.com/return?a=1&connect_token",
                "https://auth.direct.flatpeak.com/return?&&connect_token=x",
                // any case
                "https://auth.direct.flatpeak.com/return?CONNECT_TOKEN=x",
                "https://auth.direct.flatpeak.com/return?Connect_Token=x",
                "https://auth.direct.flatpeak.com/return?state=abc&cOnNeCt_ToKeN=x",
                // percent-encoded names
                "https://auth.direct.flatpeak.com/return?connect%5Ftoken=x",
                "https://auth.direct.flatpeak.com/return?connect%5ftoken=x",
                "https://auth.direct.flatpeak.com/return?%63onnect_token=x",
                "https://auth.direct.flatpeak.com/return?%43ONNECT%5FTOKEN=x",
                // semicolon as separator, which some parsers honour
                "https://auth.direct.flatpeak.com/return?state=abc;connect_token=x"
            })
    void uriThatAlreadyCarriesAConnectTokenIsRefused(String connectWebUri) {
        assertThat(allowList.returnUri(connectWebUri, TOKEN)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            https://auth.direct.flatpeak.com/r?my_connect_token=x     | https://auth.direct.flatpeak.com/r?my_connect_token=x&connect_token=cot_0123456789abcdef01234567
            https://auth.direct.flatpeak.com/r?connect_token_hint=x   | https://auth.direct.flatpeak.com/r?connect_token_hint=x&connect_token=cot_0123456789abcdef01234567
            https://auth.direct.flatpeak.com/r?connect-token=x        | https://auth.direct.flatpeak.com/r?connect-token=x&connect_token=cot_0123456789abcdef01234567
            https://auth.direct.flatpeak.com/r?state=connect_token    | https://auth.direct.flatpeak.com/r?state=connect_token&connect_token=cot_0123456789abcdef01234567
            https://auth.direct.flatpeak.com/connect_token/r          | https://auth.direct.flatpeak.com/connect_token/r?connect_token=cot_0123456789abcdef01234567
            """)
    void connectTokenAnywhereButAsAParameterNameIsNoReasonToRefuse(
            String connectWebUri, String expected) {
        assertThat(allowList.returnUri(connectWebUri, TOKEN)).contains(URI.create(expected));
    }

    @Test
    void returnedUriCarriesExactlyOneConnectToken() {
        URI returned =
                allowList
                        .returnUri("https://auth.direct.flatpeak.com/return?state=abc", TOKEN)
                        .orElseThrow();

        assertThat(
                        returned.getRawQuery()
                                .toLowerCase(java.util.Locale.ROOT)
                                .split("connect_token", -1))
                .hasSize(2);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingUriIsRefused(String connectWebUri) {
        assertThat(allowList.returnUri(connectWebUri, TOKEN)).isEmpty();
    }

    @Test
    void emptyAllowListRefusesEverything() {
        var none = new RedirectAllowList(List.of(" ", ""));

        assertThat(none.returnUri("https://auth.direct.flatpeak.com/x", TOKEN)).isEmpty();
    }

    @Test
    void configuredOriginsAreTrimmedAndCaseInsensitive() {
        var configured = new RedirectAllowList(List.of("  HTTPS://Auth.Direct.FlatPeak.com  "));

        assertThat(configured.returnUri("https://auth.direct.flatpeak.com/x", TOKEN)).isPresent();
    }
}
