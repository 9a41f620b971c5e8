package com.tariffbridge.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerAuthorizationTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer ", "bearer ", "BEARER ", "bEaReR "})
    void theSchemeIsCaseInsensitive(String scheme) {
        assertThat(BearerAuthorization.token(scheme + "tb_at_abc")).isEqualTo("tb_at_abc");
    }

    @Test
    void everyToken68CharacterAndTrailingPaddingIsKept() {
        String token = "AZaz09._~+/-==";

        assertThat(BearerAuthorization.token("Bearer " + token)).isEqualTo(token);
    }

    @Test
    void aTokenOfTwoHundredCharactersIsTheLongestAccepted() {
        assertThat(BearerAuthorization.token("Bearer " + "a".repeat(200))).hasSize(200);
        assertThat(BearerAuthorization.token("Bearer " + "a".repeat(200) + "==")).hasSize(202);
        assertThat(BearerAuthorization.token("Bearer " + "a".repeat(201))).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Bearer",
                "Bearer ",
                "Bearer ==",
                "Basic dXNlcjpwYXNz",
                "Bearertb_at_abc",
                "Bearer  tb_at_abc",
                "Bearer tb_at_abc ",
                "Bearer tb at abc",
                "Bearer tb_at_abc=x",
                "Bearer tb_at_\"abc",
                "Bearer tb_at_abc,Bearer other",
                "Bearer tb_at_äbc",
                "Bearer tb_at_abc\r\nX-Injected: 1",
                "Token tb_at_abc",
            })
    void anythingElseHasNoToken(String authorization) {
        assertThat(BearerAuthorization.token(authorization)).isNull();
    }

    @Test
    void anAbsentHeaderHasNoToken() {
        assertThat(BearerAuthorization.token(null)).isNull();
    }
}
