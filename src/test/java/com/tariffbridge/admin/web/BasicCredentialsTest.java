package com.tariffbridge.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

    @Test
    void aPasswordMayContainColons() {
        var parsed = StaffAuthenticationMechanism.basicCredentials("Basic " + b64("admin:pa:ss"));

        assertThat(parsed).hasValueSatisfying(p -> assertThat(p).containsExactly("admin", "pa:ss"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer abc", "Basic", "Basic !!!not-base64", "Basic Om5vbmFtZQ=="})
    void malformedHeadersCarryNoCredentials(String header) {
        assertThat(StaffAuthenticationMechanism.basicCredentials(header)).isEmpty();
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
