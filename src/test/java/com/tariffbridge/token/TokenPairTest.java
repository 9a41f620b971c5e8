package com.tariffbridge.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.token.IssuedToken.Kind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenPairTest {

    @Test
    void toStringHidesBothTokensButNamesTheGrant() {
        String access = OpaqueToken.mint(Kind.ACCESS);
        String refresh = OpaqueToken.mint(Kind.REFRESH);
        var pair = new TokenPair(42L, access, refresh, Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(pair.toString())
                .doesNotContain(access, refresh, access.substring(5), refresh.substring(5))
                .doesNotContain("tbat_", "tbrt_")
                .contains("42");
    }
}
