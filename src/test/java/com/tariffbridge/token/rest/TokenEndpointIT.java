package com.tariffbridge.token.rest;

import static com.tariffbridge.testsupport.FlatPeakPoller.basic;
import static com.tariffbridge.testsupport.FlatPeakPoller.refresh;
import static com.tariffbridge.testsupport.FlatPeakPoller.revoke;
import static com.tariffbridge.testsupport.FlatPeakPoller.tokenCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FlatPeak renewing its credentials at {@code /oauth/token} and giving them up at {@code
 * /oauth/revoke}.
 */
class TokenEndpointIT {

    private static final String GOOD_CLIENT =
            basic(FlatPeakPoller.CLIENT_ID, FlatPeakPoller.CLIENT_SECRET);

    private JsonObject authData;

    @BeforeEach
    void connectAFreshCustomer() {
        var customer = DemoCustomersOverHttp.create();
        authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
    }

    @Test
    void refreshIssuesANewPairAndSpendsTheOldRefreshToken() {
        var response = refresh(authData.getString("refresh_token"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonObject body = SandboxFlatPeak.json(response.body());
        assertThat(body.getString("token_type")).isEqualTo("Bearer");
        assertThat(body.getString("access_token"))
                .startsWith("tbat_")
                .isNotEqualTo(authData.getString("access_token"));
        assertThat(body.getString("refresh_token"))
                .startsWith("tbrt_")
                .isNotEqualTo(authData.getString("refresh_token"));
        assertThat(body.getJsonNumber("expires_in").longValue()).isBetween(86_000L, 86_400L);

        var next = refresh(body.getString("refresh_token"));
        assertThat(next.statusCode()).as("the new refresh token works in turn").isEqualTo(200);
    }

    @Test
    void retryWithTheJustSpentRefreshTokenInsideTheGraceWindowGetsTheSamePair() {
        var first = SandboxFlatPeak.json(refresh(authData.getString("refresh_token")).body());
        var retry = refresh(authData.getString("refresh_token"));

        assertThat(retry.statusCode()).isEqualTo(200);
        JsonObject again = SandboxFlatPeak.json(retry.body());
        assertThat(again.getString("access_token")).isEqualTo(first.getString("access_token"));
        assertThat(again.getString("refresh_token")).isEqualTo(first.getString("refresh_token"));
    }

    @Test
    void reuseOfASpentRefreshTokenAfterTheGraceWindowRevokesTheWholeGrant()
            throws InterruptedException {
        var rotated = SandboxFlatPeak.json(refresh(authData.getString("refresh_token")).body());
        Thread.sleep(2_500); // the test server's grace window is 2 s (token.refresh.grace)

        var reuse = refresh(authData.getString("refresh_token"));
        assertThat(reuse.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(reuse.body()).getString("error"))
                .isEqualTo("invalid_grant");

        var legitimate = refresh(rotated.getString("refresh_token"));
        assertThat(legitimate.statusCode())
                .as("the whole grant is revoked, the newest token too")
                .isEqualTo(400);
        assertThat(SandboxFlatPeak.json(legitimate.body()).getString("error_description"))
                .contains("revoked");
    }

    @Test
    void revokingTheRefreshTokenEndsTheGrant() {
        var revoked = revoke(authData.getString("refresh_token"));
        assertThat(revoked.statusCode()).isEqualTo(200);

        var afterwards = refresh(authData.getString("refresh_token"));
        assertThat(afterwards.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(afterwards.body()).getString("error"))
                .isEqualTo("invalid_grant");
    }

    @Test
    void revokingAnUnknownTokenIsStillOk() {
        assertThat(revoke("tbrt_this-token-was-never-issued-by-us-000000000").statusCode())
                .isEqualTo(200);
    }

    static Stream<Arguments> malformedTokenRequests() {
        String form = "grant_type=refresh_token&refresh_token=";
        String x8k = "x".repeat(8192);
        return Stream.of(
                Arguments.of("no Authorization", null, form + "tbrt_abc", 401, "invalid_client"),
                Arguments.of("empty Authorization", "", form + "tbrt_abc", 401, "invalid_client"),
                Arguments.of(
                        "Bearer instead of Basic",
                        "Bearer abc",
                        form + "tbrt_abc",
                        401,
                        "invalid_client"),
                Arguments.of(
                        "Basic without credentials",
                        "Basic ",
                        form + "tbrt_abc",
                        401,
                        "invalid_client"),
                Arguments.of(
                        "Basic not base64",
                        "Basic %%%not-base64%%%",
                        form + "tbrt_abc",
                        401,
                        "invalid_client"),
                Arguments.of(
                        "Basic without colon",
                        "Basic " + b64("sandbox-client"),
                        form + "x",
                        401,
                        "invalid_client"),
                Arguments.of(
                        "wrong secret",
                        basic("sandbox-client", "wrong"),
                        form + "tbrt_abc",
                        401,
                        "invalid_client"),
                Arguments.of(
                        "wrong client id",
                        basic("someone-else", "sandbox-secret"),
                        form + "x",
                        401,
                        "invalid_client"),
                Arguments.of(
                        "secret with SQL",
                        basic("sandbox-client", "' OR '1'='1"),
                        form + "x",
                        401,
                        "invalid_client"),
                Arguments.of(
                        "8 KB Authorization",
                        "Basic " + x8k,
                        form + "tbrt_abc",
                        401,
                        "invalid_client"),
                Arguments.of(
                        "control characters in id",
                        basic("sandbox\u0001client", "sandbox-secret"),
                        form + "x",
                        401,
                        "invalid_client"),
                Arguments.of(
                        "bad percent-encoding in id",
                        basic("sandbox%zzclient", "sandbox-secret"),
                        form + "x",
                        401,
                        "invalid_client"),
                Arguments.of("empty body", GOOD_CLIENT, "", 400, "invalid_request"),
                Arguments.of(
                        "no grant_type",
                        GOOD_CLIENT,
                        "refresh_token=tbrt_abc",
                        400,
                        "invalid_request"),
                Arguments.of(
                        "grant_type twice",
                        GOOD_CLIENT,
                        "grant_type=refresh_token&grant_type=refresh_token"
                                + "&refresh_token=tbrt_abc",
                        400,
                        "invalid_request"),
                Arguments.of(
                        "password grant",
                        GOOD_CLIENT,
                        "grant_type=password&username=a&password=b",
                        400,
                        "unsupported_grant_type"),
                Arguments.of(
                        "client_credentials grant",
                        GOOD_CLIENT,
                        "grant_type=client_credentials",
                        400,
                        "unsupported_grant_type"),
                Arguments.of(
                        "authorization_code grant",
                        GOOD_CLIENT,
                        "grant_type=authorization_code&code=x",
                        400,
                        "unsupported_grant_type"),
                Arguments.of(
                        "no refresh_token",
                        GOOD_CLIENT,
                        "grant_type=refresh_token",
                        400,
                        "invalid_request"),
                Arguments.of(
                        "blank refresh_token",
                        GOOD_CLIENT,
                        form + "%20%20",
                        400,
                        "invalid_request"),
                Arguments.of(
                        "refresh_token twice",
                        GOOD_CLIENT,
                        form + "a&refresh_token=b",
                        400,
                        "invalid_request"),
                Arguments.of(
                        "unknown refresh_token",
                        GOOD_CLIENT,
                        form + "tbrt_unknown000000000000000000000000000000000",
                        400,
                        "invalid_grant"),
                Arguments.of(
                        "access token as refresh token",
                        GOOD_CLIENT,
                        form + "ACCESS",
                        400,
                        "invalid_grant"),
                Arguments.of(
                        "truncated refresh token",
                        GOOD_CLIENT,
                        form + "TRUNCATED",
                        400,
                        "invalid_grant"),
                Arguments.of("8 KB refresh token", GOOD_CLIENT, form + x8k, 400, "invalid_grant"),
                Arguments.of(
                        "SQL in refresh token",
                        GOOD_CLIENT,
                        form + "x'%20OR%20'1'='1",
                        400,
                        "invalid_grant"),
                Arguments.of(
                        "control characters in token",
                        GOOD_CLIENT,
                        form + "tbrt_%00%01%02",
                        400,
                        "invalid_grant"),
                Arguments.of(
                        "unicode in token",
                        GOOD_CLIENT,
                        form + "tbrt_%E2%80%AEevil",
                        400,
                        "invalid_grant"),
                Arguments.of(
                        "script in grant_type",
                        GOOD_CLIENT,
                        "grant_type=%3Cscript%3E",
                        400,
                        "unsupported_grant_type"),
                Arguments.of("garbage body", GOOD_CLIENT, "%%%&&&===", 400, null),
                Arguments.of("revoke without client", null, "token=abc", 401, "invalid_client"),
                Arguments.of(
                        "revoke without token",
                        GOOD_CLIENT,
                        "token_type_hint=refresh_token",
                        400,
                        "invalid_request"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedTokenRequests")
    void malformedTokenRequestsGetAPreciseOAuthErrorAndNever5xx(
            String name, String authorization, String body, int status, String error) {
        String path = name.startsWith("revoke") ? "/oauth/revoke" : "/oauth/token";
        String realBody =
                body.replace("ACCESS", authData.getString("access_token"))
                        .replace("TRUNCATED", authData.getString("refresh_token").substring(0, 30));
        HttpResponse<String> response = tokenCall(path, authorization, realBody);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
        if (error != null) {
            assertThat(SandboxFlatPeak.json(response.body()).getString("error")).isEqualTo(error);
        }
        if (status == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate").orElse(""))
                    .startsWith("Basic");
        }
    }

    private static String b64(String text) {
        return java.util.Base64.getEncoder()
                .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
