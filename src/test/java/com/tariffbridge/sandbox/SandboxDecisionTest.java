package com.tariffbridge.sandbox;

import static com.tariffbridge.sandbox.SandboxFixtures.authCaptureBody;
import static com.tariffbridge.sandbox.SandboxFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxDecisionTest {

    @Test
    void bothDismissActionsAreRecognised() {
        assertThat(SandboxDecision.dismissal(json("{'action':'DISMISS_LOGIN'}")).status())
                .isEqualTo(SandboxTokenStatus.DISMISS_LOGIN);
        assertThat(SandboxDecision.dismissal(json("{'action':'DISMISS_CONSENT'}")).status())
                .isEqualTo(SandboxTokenStatus.DISMISS_CONSENT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{'action':'AUTH_CAPTURE'}",
                "{'action':'dismiss_login'}",
                "{'action':1}",
                "{}"
            })
    void unknownActionIsAnInvalidRequest(String body) {
        assertInvalid(() -> SandboxDecision.dismissal(json(body)), "invalid_action");
    }

    @ParameterizedTest
    @ValueSource(strings = {"access_token", "refresh_token", "tariff_url", "token_url"})
    void authCaptureWithoutARequiredAuthDataFieldIsAnInvalidRequest(String field) {
        var body = authCaptureBody("at_0123456789abcdef");
        var withoutField =
                Json.createObjectBuilder(body)
                        .add(
                                "auth_data",
                                Json.createObjectBuilder(body.getJsonObject("auth_data"))
                                        .remove(field))
                        .build();
        var withBlankField =
                Json.createObjectBuilder(body)
                        .add(
                                "auth_data",
                                Json.createObjectBuilder(body.getJsonObject("auth_data"))
                                        .add(field, " "))
                        .build();

        assertInvalid(() -> SandboxDecision.authCapture(withoutField), "invalid_auth_data");
        assertInvalid(() -> SandboxDecision.authCapture(withBlankField), "invalid_auth_data");
    }

    @Test
    void authCaptureWithoutAuthDataIsAnInvalidRequest() {
        assertInvalid(
                () -> SandboxDecision.authCapture(json("{'terms_url':'https://p.example/terms'}")),
                "invalid_auth_data");
    }

    @Test
    void authCaptureWithARelativeTariffUrlIsAnInvalidRequest() {
        var body = authCaptureBody("at_0123456789abcdef");
        var relative =
                Json.createObjectBuilder(body)
                        .add(
                                "auth_data",
                                Json.createObjectBuilder(body.getJsonObject("auth_data"))
                                        .add("tariff_url", "/api/v1/tariff"))
                        .build();

        assertInvalid(() -> SandboxDecision.authCapture(relative), "invalid_auth_data");
    }

    @Test
    void authCaptureKeepsTheWholeBodyAsReceived() {
        var body = authCaptureBody("at_0123456789abcdef");

        var decision = SandboxDecision.authCapture(body);

        assertThat(decision.status()).isEqualTo(SandboxTokenStatus.AUTH_CAPTURED);
        assertThat(decision.authCapture()).isEqualTo(body);
    }

    private static void assertInvalid(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
