package com.tariffbridge.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.token.IssuedToken.Kind;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OpaqueTokenTest {

    private static final int MINTS = 10_000;

    @Test
    void accessTokensStartWithTbat() {
        assertThat(OpaqueToken.mint(Kind.ACCESS)).startsWith("tbat_");
        assertThat(OpaqueToken.prefix(Kind.ACCESS)).isEqualTo("tbat_");
    }

    @Test
    void refreshTokensStartWithTbrt() {
        assertThat(OpaqueToken.mint(Kind.REFRESH)).startsWith("tbrt_");
        assertThat(OpaqueToken.prefix(Kind.REFRESH)).isEqualTo("tbrt_");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void randomPartIs43UrlSafeCharactersCarrying32Bytes(Kind kind) {
        String token = OpaqueToken.mint(kind);
        String random = token.substring(OpaqueToken.prefix(kind).length());

        assertThat(random).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(random)).hasSize(32);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void tokensNeedNoEscapingInUrlsOrHeaders(Kind kind) {
        for (int i = 0; i < 1_000; i++) {
            assertThat(OpaqueToken.mint(kind)).matches("tb(at|rt)_[A-Za-z0-9_-]+");
        }
    }

    @Test
    void tenThousandMintsNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < MINTS; i++) {
            seen.add(OpaqueToken.mint(i % 2 == 0 ? Kind.ACCESS : Kind.REFRESH).substring(5));
        }
        assertThat(seen).hasSize(MINTS);
    }

    /**
     * A weak guard that all 256 bits are random: over 10,000 mints each bit is set close to half
     * the time (standard deviation 0.5%, so the 45–55% band never fails by chance). A token that
     * left bytes unfilled or constant would fail here.
     */
    @Test
    void everyOneOfThe256BitsVaries() {
        int[] ones = new int[256];
        for (int i = 0; i < MINTS; i++) {
            byte[] bytes =
                    Base64.getUrlDecoder().decode(OpaqueToken.mint(Kind.ACCESS).substring(5));
            for (int bit = 0; bit < 256; bit++) {
                if ((bytes[bit / 8] >> (bit % 8) & 1) == 1) {
                    ones[bit]++;
                }
            }
        }
        for (int bit = 0; bit < 256; bit++) {
            assertThat(ones[bit])
                    .as("times bit %d was set", bit)
                    .isBetween(MINTS * 45 / 100, MINTS * 55 / 100);
        }
    }

    @Test
    void sha256HexIs64LowercaseHexDigits() {
        assertThat(OpaqueToken.sha256Hex(OpaqueToken.mint(Kind.ACCESS))).matches("[0-9a-f]{64}");
    }

    @Test
    void sha256HexMatchesTheStandardTestVector() {
        assertThat(OpaqueToken.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void sha256HexIsDeterministic() {
        String token = OpaqueToken.mint(Kind.REFRESH);

        assertThat(OpaqueToken.sha256Hex(token))
                .isEqualTo(OpaqueToken.sha256Hex(new String(token)));
    }

    @Test
    void differentTokensHashDifferently() {
        String access = OpaqueToken.mint(Kind.ACCESS);
        String otherAccess = OpaqueToken.mint(Kind.ACCESS);

        assertThat(OpaqueToken.sha256Hex(access)).isNotEqualTo(OpaqueToken.sha256Hex(otherAccess));
    }

    @Test
    void hashDoesNotContainTheToken() {
        String token = OpaqueToken.mint(Kind.ACCESS);

        assertThat(OpaqueToken.sha256Hex(token)).doesNotContain(token.substring(5));
    }
}
