package com.tariffbridge.flatpeak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tariffbridge.token.BearerCheck;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Generated inputs from a seeded generator (the seed is fixed, so a failure replays): the redirect
 * allow-list, the connect-token parser and the bearer shape check never throw, and accept only what
 * they are meant to.
 */
class GeneratedHostileInputTest {

    private static final long SEED = 20261202L;
    private static final ConnectToken TOKEN = new ConnectToken("cot_0123456789abcdef01234567");
    private static final String ALLOWED = "https://auth.direct.flatpeak.com";
    private static final Pattern ALLOWED_ORIGIN =
            Pattern.compile(
                    "(?i)https://auth\\.direct\\.flatpeak\\.com(:443)?(/[^?#]*)?(\\?[^#]*)?");

    private final RedirectAllowList allowList = new RedirectAllowList(List.of(ALLOWED));

    /** Ways an attacker bends an allowed URI towards another origin, one or several at a time. */
    private static final List<java.util.function.UnaryOperator<String>> MUTATIONS =
            List.of(
                    u -> u.toUpperCase(Locale.ROOT),
                    u -> u.replace("flatpeak.com", "flatpeak.com."),
                    u -> u.replace("https://", "https://user@"),
                    u -> u.replace("https://", "https://auth.direct.flatpeak.com@evil.example/"),
                    u -> u.replace("https://auth", "https://evil.example\\@auth"),
                    u -> u.replace("/return", "/%2e%2e/return"),
                    u -> u.replace("/return", "\\\\evil.example/return"),
                    u -> u.replace("flatpeak", "xn--fltpeak-2ua"),
                    u -> u.replace("flatpeak.com", "flatpeak.com:8443"),
                    u -> u.replace("flatpeak.com", "flatpeak.com:443"),
                    u -> u.replace("https:", "http:"),
                    u -> u.replace("https:", "javascript:"),
                    u -> u.replace("https:", "data:"),
                    u -> u + "#fragment",
                    u -> u + "?connect_token=cot_ffffffffffffffffffffffff",
                    u -> u.replace("https://", "//"),
                    u -> u.replace("https://", "https:/"),
                    u -> u.replace("auth.direct", "auth.direct.flatpeak.com.evil"),
                    u -> u.replace("auth.", "auth%2e"),
                    u -> u + "%0d%0aSet-Cookie:x=1",
                    u -> u.replace("/return", "/return\u0000"),
                    u -> u.replace("auth", "аuth"));

    @Test
    void theRedirectAllowListReturnsOnlyTheAllowedOriginWhateverTheMutation() {
        var random = new Random(SEED);
        String base = ALLOWED + "/return";
        int tried = 0;
        int accepted = 0;
        for (int round = 0; round < 2_000; round++) {
            String candidate = base;
            int steps = 1 + random.nextInt(3);
            for (int i = 0; i < steps; i++) {
                candidate = MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(candidate);
            }
            String uri = candidate;
            assertThatCode(() -> allowList.returnUri(uri, TOKEN)).doesNotThrowAnyException();
            var returned = allowList.returnUri(uri, TOKEN);
            tried++;
            if (returned.isPresent()) {
                accepted++;
                URI result = returned.get();
                assertThat(result.getHost().toLowerCase(Locale.ROOT))
                        .as(uri)
                        .isEqualTo("auth.direct.flatpeak.com");
                assertThat(result.getScheme().toLowerCase(Locale.ROOT)).as(uri).isEqualTo("https");
                assertThat(result.getPort()).as(uri).isIn(-1, 443);
                assertThat(result.getRawUserInfo()).as(uri).isNull();
                assertThat(result.getRawFragment()).as(uri).isNull();
                assertThat(uri).as("accepted").matches(ALLOWED_ORIGIN);
                assertThat(result.getRawQuery()).as(uri).endsWith("connect_token=" + TOKEN.value());
            }
        }
        assertThat(tried).isEqualTo(2_000);
        // the case and :443 mutations keep the origin, so some variants are rightly accepted
        assertThat(accepted).isPositive().isLessThan(tried);
    }

    @Test
    void theConnectTokenParserAcceptsExactlyTheTokensShape() {
        var random = new Random(SEED);
        String alphabet = "cot_0123456789abcdefABCDEF%\u0000\r\n <>\"'`;&=é😀";
        for (int round = 0; round < 20_000; round++) {
            var text = new StringBuilder(round % 3 == 0 ? "cot_" : "");
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            assertThatCode(() -> ConnectToken.parse(candidate)).doesNotThrowAnyException();
            assertThat(ConnectToken.parse(candidate).isPresent())
                    .as(candidate)
                    .isEqualTo(candidate.matches("cot_[0-9a-f]{24}"));
        }
    }

    @Test
    void theBearerShapeCheckNeverThrowsAndNeverPassesAnythingButAnAccessTokenShape() {
        var random = new Random(SEED);
        List<String> candidates = new ArrayList<>();
        for (int round = 0; round < 20_000; round++) {
            var text = new StringBuilder(random.nextBoolean() ? "tbat_" : "tbrt_");
            int length = random.nextInt(round % 100 == 0 ? 5_000 : 60);
            for (int i = 0; i < length; i++) {
                text.append((char) (random.nextInt(0x2FF)));
            }
            candidates.add(text.toString());
        }
        candidates.add(null);
        candidates.add("");
        for (String candidate : candidates) {
            assertThatCode(() -> BearerCheck.plausible(candidate)).doesNotThrowAnyException();
            if (BearerCheck.plausible(candidate)) {
                assertThat(candidate).startsWith("tbat_").hasSizeBetween(20, 200);
            }
        }
    }
}
