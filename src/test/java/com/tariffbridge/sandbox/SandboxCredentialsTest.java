package com.tariffbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxCredentialsTest {

    private final SandboxCredentials credentials =
            new SandboxCredentials(
                    Optional.of("sandbox-provider"), Optional.of("s3cret:with:colons"));

    @Test
    void configuredBasicCredentialsAreAccepted() {
        assertThat(credentials.accept(basic("sandbox-provider:s3cret:with:colons"))).isTrue();
        assertThat(credentials.accept("basic " + encode("sandbox-provider:s3cret:with:colons")))
                .isTrue();
    }

    @Test
    void anythingElseIsRejected() {
        assertThat(credentials.accept(null)).isFalse();
        assertThat(credentials.accept("")).isFalse();
        assertThat(credentials.accept(basic("sandbox-provider:wrong"))).isFalse();
        assertThat(credentials.accept(basic("other:s3cret:with:colons"))).isFalse();
        assertThat(credentials.accept("Basic not-base64!")).isFalse();
        assertThat(credentials.accept("Bearer " + encode("sandbox-provider:s3cret:with:colons")))
                .isFalse();
    }

    private static String basic(String userAndPassword) {
        return "Basic " + encode(userAndPassword);
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
