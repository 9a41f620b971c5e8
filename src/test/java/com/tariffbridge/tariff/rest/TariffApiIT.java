package com.tariffbridge.tariff.rest;

import static com.tariffbridge.testsupport.FlatPeakPoller.poll;
import static com.tariffbridge.testsupport.FlatPeakPoller.pollWith;
import static com.tariffbridge.testsupport.FlatPeakPoller.refresh;
import static com.tariffbridge.testsupport.FlatPeakPoller.revoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** FlatPeak polling {@code /api/v1/tariff} with the auth_data it received at consent. */
class TariffApiIT {

    @Test
    void alicesTariffCarriesHerContractScheduleAndGapFreeRatesForTheNext48Hours() {
        JsonObject auth = ConsentOverHttp.authDataFor("alice@example.com", "alice-demo-pass");
        Instant before = Instant.now();
        HttpResponse<String> response =
                pollWith(auth.getString("tariff_url"), auth.getString("access_token"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("private");
        JsonObject tariff = SandboxFlatPeak.json(response.body());
        assertThat(tariff.getString("supply_point")).isEqualTo("SP-1000-0001");
        assertThat(tariff.getString("timezone")).isEqualTo("Europe/London");
        assertThat(tariff.getString("currency")).isEqualTo("GBP");
        JsonObject contract = tariff.getJsonObject("contract");
        assertThat(contract.getString("start_date")).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(contract.getString("end_date")).isEqualTo("2027-01-01T00:00:00Z");
        assertThat(contract.getString("term_type")).isEqualTo("FIXED_TERM");
        JsonObject element = tariff.getJsonObject("tariff").getJsonObject("import");
        assertThat(element.getString("display_name")).isEqualTo("EV Night Saver");
        assertThat(element.getString("contract_end_date")).isEqualTo("2027-01-01T00:00:00Z");
        assertThat(element.getJsonArray("schedule")).isNotEmpty();
        assertThat(tariff.get("tariff").asJsonObject().get("export")).isEqualTo(JsonValue.NULL);
        assertThat(tariff.getJsonNumber("standing_charge").bigDecimalValue())
                .isEqualByComparingTo("0.53");

        var rates = tariff.getJsonArray("rates");
        Instant first = Instant.parse(rates.getJsonObject(0).getString("valid_from"));
        Instant last = Instant.parse(rates.getJsonObject(rates.size() - 1).getString("valid_to"));
        assertThat(first).isBeforeOrEqualTo(before);
        assertThat(last).isAfterOrEqualTo(before.plus(Duration.ofHours(47)));
        for (int i = 0; i < rates.size(); i++) {
            JsonObject rate = rates.getJsonObject(i);
            BigDecimal price = rate.getJsonNumber("rate").bigDecimalValue();
            assertThat(price.scale()).as("at least 5 decimal places").isGreaterThanOrEqualTo(5);
            assertThat(Set.of("0.07000", "0.28000")).contains(price.toPlainString());
            if (i > 0) {
                assertThat(rate.getString("valid_from"))
                        .as("gap-free")
                        .isEqualTo(rates.getJsonObject(i - 1).getString("valid_to"));
            }
            if (price.compareTo(new BigDecimal("0.07")) == 0) {
                var start =
                        Instant.parse(rate.getString("valid_from"))
                                .atZone(java.time.ZoneId.of("Europe/London"));
                if (i == 0) {
                    // The window opens at the poll, so a poll inside the cheap hours
                    // sees the cheap period clipped at the window's start.
                    assertThat(start.toLocalTime())
                            .isBetween(
                                    java.time.LocalTime.of(0, 30), java.time.LocalTime.of(5, 29));
                } else {
                    assertThat(start.toLocalTime()).isEqualTo(java.time.LocalTime.of(0, 30));
                }
            }
        }
    }

    @Test
    void unchangedTariffAnswers304ToAConditionalPoll() {
        JsonObject auth = freshAuthData();
        var first = pollWith(auth.getString("tariff_url"), auth.getString("access_token"));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        var second =
                poll(
                        auth.getString("tariff_url"),
                        "Bearer " + auth.getString("access_token"),
                        etag);

        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
        assertThat(second.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void aSecondFullPollWithinTheAllowedIntervalIs429WithRetryAfter() {
        JsonObject auth = freshAuthData();
        assertThat(
                        pollWith(auth.getString("tariff_url"), auth.getString("access_token"))
                                .statusCode())
                .isEqualTo(200);

        var eager = pollWith(auth.getString("tariff_url"), auth.getString("access_token"));

        assertThat(eager.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(eager.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(800L, 901L);
        assertThat(SandboxFlatPeak.json(eager.body()).getString("code"))
                .isEqualTo("polling_too_fast");
    }

    @Test
    void afterARefreshTheNewAccessTokenPollsAndTheOldOneIsRevoked() {
        JsonObject auth = freshAuthData();
        String tariffUrl = auth.getString("tariff_url");
        String etag =
                pollWith(tariffUrl, auth.getString("access_token"))
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow();

        JsonObject renewed = SandboxFlatPeak.json(refresh(auth.getString("refresh_token")).body());

        assertThat(
                        poll(tariffUrl, "Bearer " + renewed.getString("access_token"), etag)
                                .statusCode())
                .isEqualTo(304);
        var old = pollWith(tariffUrl, auth.getString("access_token"));
        assertThat(old.statusCode()).isEqualTo(401);
        assertThat(SandboxFlatPeak.json(old.body()).getString("code")).isEqualTo("token_revoked");
    }

    @Test
    void afterRevocationThePollerIsLockedOut() {
        JsonObject auth = freshAuthData();
        assertThat(revoke(auth.getString("refresh_token")).statusCode()).isEqualTo(200);

        var response = pollWith(auth.getString("tariff_url"), auth.getString("access_token"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse(""))
                .contains("error=\"invalid_token\"");
        assertThat(SandboxFlatPeak.json(response.body()).getString("code"))
                .isEqualTo("token_revoked");
    }

    @Test
    void historyBackToTheContractStartIsServedInWindowsOfAtMost31Days() {
        var customer = DemoCustomersOverHttp.create();
        JsonObject auth = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        String url = auth.getString("tariff_url");
        Instant from =
                Instant.now()
                        .minus(Duration.ofDays(20))
                        .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Instant to = from.plus(Duration.ofDays(7));

        var history =
                pollWith(
                        url + "?start_time=" + from + "&end_time=" + to,
                        auth.getString("access_token"));

        assertThat(history.statusCode()).isEqualTo(200);
        var rates = SandboxFlatPeak.json(history.body()).getJsonArray("rates");
        assertThat(rates.getJsonObject(0).getString("valid_from")).isEqualTo(from.toString());
        assertThat(rates.getJsonObject(rates.size() - 1).getString("valid_to"))
                .isEqualTo(to.toString());
    }

    static Stream<Arguments> badWindows() {
        return Stream.of(
                Arguments.of(
                        "start_time=2020-01-01T00:00:00Z&end_time=2020-01-02T00:00:00Z",
                        "before the contract start"),
                Arguments.of("start_time=NOW&end_time=NOW_PLUS_40D", "at most 31 days"),
                Arguments.of("start_time=yesterday", "RFC 3339"),
                Arguments.of("end_time=2026-01-01T00:00:00Z", "needs a start_time"),
                Arguments.of("start_time=NOW&end_time=NOW", "after start_time"),
                Arguments.of("start_time=%27%20OR%201%3D1--", "RFC 3339"),
                Arguments.of("start_time=%2B999999999-12-30T00:00:00Z", "RFC 3339"),
                Arguments.of("start_time=NOW&end_time=%2B999999999-12-30T00:00:00Z", "RFC 3339"),
                Arguments.of("start_time=9999-12-30T00:00:00Z", "days from now"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badWindows")
    void badHistoryWindowsAre400WithAPreciseProblem(String query, String detail) {
        JsonObject auth = freshAuthData();
        String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        String later =
                Instant.now()
                        .plus(Duration.ofDays(40))
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString();
        var response =
                pollWith(
                        auth.getString("tariff_url")
                                + "?"
                                + query.replace("NOW_PLUS_40D", later).replace("NOW", now),
                        auth.getString("access_token"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        JsonObject problem = SandboxFlatPeak.json(response.body());
        assertThat(problem.getString("code")).isEqualTo("invalid_window");
        assertThat(problem.getString("detail")).contains(detail);
    }

    static Stream<Arguments> malformedAuthorizations() {
        return Stream.of(
                Arguments.of("missing", null),
                Arguments.of("empty", ""),
                Arguments.of("scheme only", "Bearer"),
                Arguments.of("scheme and space", "Bearer "),
                Arguments.of(
                        "Basic instead of Bearer",
                        "Basic c2FuZGJveC1jbGllbnQ6c2FuZGJveC1zZWNyZXQ="),
                Arguments.of("Token scheme", "Token tbat_abc"),
                Arguments.of("two spaces", "Bearer  tbat_abc"),
                Arguments.of("two tokens", "Bearer tbat_abc tbat_def"),
                Arguments.of(
                        "unknown token", "Bearer tbat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                Arguments.of("refresh token as access token", "Bearer REFRESH"),
                Arguments.of("truncated access token", "Bearer TRUNCATED"),
                Arguments.of("access token plus a character", "Bearer ACCESSx"),
                Arguments.of("8 KB token", "Bearer tbat_" + "A".repeat(8192)),
                Arguments.of("SQL metacharacters", "Bearer tbat_x' OR '1'='1"),
                Arguments.of("SQL comment", "Bearer tbat_x;--"),
                Arguments.of("percent-encoded", "Bearer tbat_%41%42"),
                Arguments.of("unicode", "Bearer tbat_\u00e9\u00e9\u00e9"),
                Arguments.of("tab separator", "Bearer\ttbat_abc"),
                Arguments.of("lowercase token prefix only", "bearer tbat_"),
                Arguments.of("JWT-looking", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9."),
                Arguments.of("another grant's revoked token", "Bearer REVOKED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedAuthorizations")
    void malformedOrForeignAuthorizationIs401WithAProblemAndNever5xx(
            String name, String authorization) {
        JsonObject auth = freshAuthData();
        JsonObject revoked = freshAuthData();
        revoke(revoked.getString("refresh_token"));
        String header =
                authorization == null
                        ? null
                        : authorization
                                .replace("REFRESH", auth.getString("refresh_token"))
                                .replace(
                                        "TRUNCATED",
                                        auth.getString("access_token").substring(0, 30))
                                .replace("ACCESS", auth.getString("access_token"))
                                .replace("REVOKED", revoked.getString("access_token"));

        var response = poll(auth.getString("tariff_url"), header, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse(""))
                .startsWith("Bearer");
        JsonObject problem = SandboxFlatPeak.json(response.body());
        assertThat(problem.getString("code")).isIn("invalid_token", "token_revoked");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void everyPollRefusedAfterRevocationAndEveryThrottledPollIsInTheAuditLog() {
        var customer = DemoCustomersOverHttp.create();
        JsonObject auth = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        String grant = grantOf(customer.supplyPoint());
        pollWith(auth.getString("tariff_url"), auth.getString("access_token"));
        assertThat(
                        pollWith(auth.getString("tariff_url"), auth.getString("access_token"))
                                .statusCode())
                .isEqualTo(429);
        revoke(auth.getString("refresh_token"));

        pollWith(auth.getString("tariff_url"), auth.getString("access_token"));
        pollWith(auth.getString("tariff_url"), auth.getString("access_token"));

        var events =
                auditEvents().stream()
                        .filter(e -> grant.equals(e.getString("subject", null)))
                        .toList();
        assertThat(events)
                .filteredOn(e -> e.getString("type").equals("POLL_REFUSED"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.getString("detail")).isEqualTo("401 token_revoked"));
        assertThat(events).filteredOn(e -> e.getString("type").equals("POLL_THROTTLED")).hasSize(1);
    }

    @Test
    void pollsWithTokensNobodyIssuedAreRefusedWithoutAnAuditWrite() {
        String forged = "tbat_" + "A".repeat(43);

        var response = pollWith(ItServer.baseUrl() + "/api/v1/tariff", forged);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SandboxFlatPeak.json(response.body()).getString("code"))
                .isEqualTo("invalid_token");
        assertThat(auditEvents())
                .noneSatisfy(e -> assertThat(e.getString("detail", "")).contains("invalid_token"));
    }

    private static String grantOf(String supplyPoint) {
        return auditEvents().stream()
                .filter(e -> e.getString("type").equals("CONSENT_GIVEN"))
                .map(e -> e.getString("detail"))
                .filter(detail -> detail.contains("supply_point=" + supplyPoint + " "))
                .map(detail -> "grant:" + detail.substring(detail.indexOf("grant=") + 6))
                .findFirst()
                .orElseThrow();
    }

    private static List<JsonObject> auditEvents() {
        var response = AdminApi.get("/admin/api/audit-events?limit=1000");
        assertThat(response.statusCode()).isEqualTo(200);
        return SandboxFlatPeak.json("{\"e\":" + response.body() + "}")
                .getJsonArray("e")
                .getValuesAs(JsonObject.class);
    }

    private static JsonObject freshAuthData() {
        var customer = DemoCustomersOverHttp.create();
        return ConsentOverHttp.authDataFor(customer.email(), customer.password());
    }
}
