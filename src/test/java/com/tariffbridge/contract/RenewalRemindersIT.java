package com.tariffbridge.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.ContractsOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.MailServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renewal reminders end to end: the admin run as of a date, the SMTP server the build started, and
 * the reminders list. Each test owns a customer whose contract ends on a day of its own.
 */
class RenewalRemindersIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private record Connected(
            DemoCustomersOverHttp.Customer customer, JsonObject auth, LocalDate endDay) {}

    /**
     * A customer who shared their supply with FlatPeak, on a fixed term ending at the start of a
     * day ahead.
     */
    private static Connected connectedCustomer() {
        return connectedCustomer(null);
    }

    /** The same, consenting from a browser in {@code language} (null: the default, English). */
    private static Connected connectedCustomer(String language) {
        var customer = DemoCustomersOverHttp.create();
        var auth =
                language == null
                        ? ConsentOverHttp.authDataFor(customer.email(), customer.password())
                        : ConsentOverHttp.authDataIn(
                                language, customer.email(), customer.password());
        LocalDate endDay =
                LocalDate.now(LONDON).plusDays(60 + ThreadLocalRandom.current().nextInt(2000));
        ContractsOverHttp.setTerm(
                customer.supplyPoint(),
                Instant.now().minus(Duration.ofDays(300)),
                endDay.atStartOfDay(LONDON).toInstant());
        return new Connected(customer, auth, endDay);
    }

    /** The one mail the customer has received. */
    private static JsonObject onlyMailTo(Connected c) {
        var mails = MailServer.messagesTo(c.customer().email());
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static JsonObject runAsOf(LocalDate date) {
        var response = AdminApi.post("/admin/api/reminder-runs?date=" + date);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SandboxFlatPeak.json(response.body());
    }

    private static List<JsonObject> reminders(String supplyPoint) {
        var response = AdminApi.get("/admin/api/reminders?supply_point=" + supplyPoint);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SandboxFlatPeak.json("{\"r\":" + response.body() + "}")
                .getJsonArray("r")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aRunSevenDaysBeforeTheEndMailsOneSevenDayReminderAndASecondRunNone() {
        var c = connectedCustomer();

        runAsOf(c.endDay().minusDays(7));
        runAsOf(c.endDay().minusDays(7));

        JsonObject mail = onlyMailTo(c);
        // The English bundle's format.date, as the customer's pages show dates.
        String endDay =
                DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(c.endDay());
        assertThat(mail.getString("subject"))
                .startsWith("Your Bright Energy contract ends on " + endDay);
        assertThat(mail.getString("content_type")).startsWith("multipart/alternative");
        assertThat(mail.getString("text"))
                .contains(ItServer.baseUrl() + "/account/connections")
                .contains(endDay);
        assertThat(mail.getString("html"))
                .startsWith("<!DOCTYPE html><html lang=\"en\">")
                .contains("href=\"" + ItServer.baseUrl() + "/account/connections\"");
        for (String secret :
                List.of(
                        c.auth().getString("access_token"),
                        c.auth().getString("refresh_token"),
                        c.customer().password())) {
            assertThat(mail.toString()).doesNotContain(secret);
        }
        var listed = reminders(c.customer().supplyPoint());
        assertThat(listed)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.getInt("lead_days")).isEqualTo(7);
                            assertThat(r.getString("status")).isEqualTo("SENT");
                            assertThat(Instant.parse(r.getString("sent_at")))
                                    .isBefore(Instant.now().plusSeconds(1));
                        });
    }

    @Test
    void aCustomerWhoConsentedInGermanGetsTheReminderInGerman() {
        var c = connectedCustomer("de");

        runAsOf(c.endDay().minusDays(7));

        JsonObject mail = onlyMailTo(c);
        String endDay =
                DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN).format(c.endDay());
        assertThat(mail.getString("subject"))
                .isEqualTo(
                        "Ihr Vertrag bei Bright Energy endet am "
                                + endDay
                                + ": Verlängern Sie ihn, damit Ihre Apps verbunden bleiben");
        assertThat(mail.getString("text"))
                .startsWith("Guten Tag ")
                .contains("Ihr Stromvertrag bei Bright Energy für ")
                .contains(") endet am " + endDay + ".")
                .contains("Ihre Verbindungen können Sie jederzeit ansehen und widerrufen:")
                .contains(ItServer.baseUrl() + "/account/connections")
                .doesNotContain("Hello")
                .doesNotContain("Your ");
        assertThat(mail.getString("html"))
                .startsWith("<!DOCTYPE html><html lang=\"de\">")
                .contains("<strong>" + endDay + "</strong>")
                .contains(">Vertrag verlängern</a>")
                .contains("href=\"" + ItServer.baseUrl() + "/account/connections\"");
    }

    @Test
    void eachLeadIsMailedExactlyOnceHoweverOftenTheJobRuns() {
        var c = connectedCustomer();

        for (int daysBefore : new int[] {30, 30, 7, 7, 1, 1}) {
            runAsOf(c.endDay().minusDays(daysBefore));
        }

        assertThat(MailServer.messagesTo(c.customer().email())).hasSize(3);
        assertThat(reminders(c.customer().supplyPoint()))
                .extracting(r -> r.getInt("lead_days") + " " + r.getString("status"))
                .containsExactlyInAnyOrder("30 SENT", "7 SENT", "1 SENT");
    }

    @Test
    void aCustomerWhoSharesNothingGetsNoReminder() {
        var customer = DemoCustomersOverHttp.create();
        LocalDate endDay = LocalDate.now(LONDON).plusDays(90);
        ContractsOverHttp.setTerm(
                customer.supplyPoint(),
                Instant.now().minus(Duration.ofDays(300)),
                endDay.atStartOfDay(LONDON).toInstant());

        runAsOf(endDay.minusDays(7));

        assertThat(MailServer.messagesTo(customer.email())).isEmpty();
        assertThat(reminders(customer.supplyPoint())).isEmpty();
    }

    @Test
    void aReminderTheSmtpServerCouldNotTakeIsRetriedLaterAndNotLost() {
        var c = connectedCustomer();
        LocalDate asOf = c.endDay().minusDays(7);
        MailServer.stopSmtp();
        try {
            var run = runAsOf(asOf);
            // at least ours: another test's customer on this shared server may end the same day
            assertThat(run.getInt("queued")).isGreaterThanOrEqualTo(1);
            assertThat(run.getInt("sent")).isZero();
            assertThat(reminders(c.customer().supplyPoint()))
                    .singleElement()
                    .satisfies(
                            r -> {
                                assertThat(r.getString("status")).isEqualTo("PENDING");
                                assertThat(r.getInt("attempts")).isGreaterThanOrEqualTo(1);
                                assertThat(r.getString("last_error")).isNotBlank();
                            });
        } finally {
            MailServer.startSmtp();
        }

        // The retry is due a few seconds later (test back-off); the minute timer or a run sends it.
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(3))
                .untilAsserted(
                        () -> {
                            runAsOf(asOf);
                            assertThat(MailServer.messagesTo(c.customer().email())).hasSize(1);
                        });
        assertThat(reminders(c.customer().supplyPoint()))
                .singleElement()
                .satisfies(r -> assertThat(r.getString("status")).isEqualTo("SENT"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-13-01",
                "tomorrow",
                "2026-1-1",
                "%27%3B--",
                "99999-01-01",
                "1900-01-01"
            })
    void anUnusableDateIsABadRequestWithAProblem(String date) {
        var response = AdminApi.post("/admin/api/reminder-runs?date=" + date);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(response.body()).getString("code"))
                .isEqualTo("invalid_date");
    }

    @Test
    void remindersNeedASupplyPointThatExists() {
        var missing = AdminApi.get("/admin/api/reminders");
        var unknown = AdminApi.get("/admin/api/reminders?supply_point=SP-0000-NONE");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(missing.body()).getString("code"))
                .isEqualTo("invalid_supply_point");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(SandboxFlatPeak.json(unknown.body()).getString("code"))
                .isEqualTo("unknown_supply_point");
    }

    @Test
    void onlyStaffMayRunTheJob() {
        var anonymous =
                AdminApi.send(
                        ItServer.request("/admin/api/reminder-runs")
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build());
        var customer =
                AdminApi.send(
                        ItServer.request("/admin/api/reminder-runs")
                                .header(
                                        "Authorization",
                                        AdminApi.basic("alice@example.com", "alice-demo-pass"))
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(customer.statusCode()).isEqualTo(401);
    }
}
