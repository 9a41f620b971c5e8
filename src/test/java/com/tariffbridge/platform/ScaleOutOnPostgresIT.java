package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.ContractsOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.FreshLibertyServer;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.MailServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Production shape: two Liberty servers, each built from the fragment alone, sharing one real
 * PostgreSQL (started by scripts/test.sh, which passes it.postgres.url). What one server does, the
 * other sees at once; timers and reminders happen once between them.
 */
@EnabledIfSystemProperty(named = "it.postgres.url", matches = "jdbc:postgresql:.+")
class ScaleOutOnPostgresIT {

    private static final String DB_USER = "tariffbridge";
    private static final String DB_PASSWORD = "tariffbridge";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String STAFF =
            """
            <server>
                <basicRegistry id="providerStaff" realm="ProviderStaff">
                    <user name="admin" password="%s"/>
                    <group name="tariff-bridge-admins"><member name="admin"/></group>
                </basicRegistry>
            </server>
            """
                    .formatted(AdminApi.PASSWORD);

    private static FreshLibertyServer first;
    private static FreshLibertyServer second;

    @BeforeAll
    static void twoServersOnOneDatabase() throws Exception {
        var settings =
                Map.of(
                        "TARIFFBRIDGE_DB_URL",
                        System.getProperty("it.postgres.url"),
                        "TARIFFBRIDGE_DB_USER",
                        DB_USER,
                        "TARIFFBRIDGE_DB_PASSWORD",
                        DB_PASSWORD,
                        "SANDBOX_ENABLED",
                        "true",
                        "DEMO_SEED",
                        "false",
                        "MAIL_HOST",
                        "127.0.0.1",
                        "MAIL_PORT",
                        System.getProperty("it.smtp-port", "3025"));
        first = FreshLibertyServer.create("scale-a", "postgresql-", settings);
        first.addConfig("provider-staff.xml", STAFF);
        second = FreshLibertyServer.create("scale-b", "postgresql-", settings);
        second.addConfig("provider-staff.xml", STAFF);
        // One after the other, as a rolling deployment would: the first migrates the schema.
        first.start();
        second.start();
    }

    @AfterAll
    static void stop() throws Exception {
        try (var a = first;
                var b = second) {
            // closes both, even if one fails
        }
    }

    @Test
    void aGrantIssuedThroughOneServerIsPolledThroughTheOtherAndItsRevocationHoldsThereAtOnce() {
        JsonObject auth;
        try (var on = ItServer.against(first.baseUrl())) {
            var customer = DemoCustomersOverHttp.create();
            auth = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        }
        String tariffOnSecond = second.baseUrl() + "/api/v1/tariff";

        var poll = FlatPeakPoller.pollWith(tariffOnSecond, auth.getString("access_token"));
        assertThat(poll.statusCode()).as(poll.body()).isEqualTo(200);
        String etag = poll.headers().firstValue("ETag").orElseThrow();
        try (var on = ItServer.against(first.baseUrl())) {
            assertThat(
                            FlatPeakPoller.poll(
                                            first.baseUrl() + "/api/v1/tariff",
                                            "Bearer " + auth.getString("access_token"),
                                            etag)
                                    .statusCode())
                    .isEqualTo(304);
            assertThat(FlatPeakPoller.revoke(auth.getString("refresh_token")).statusCode())
                    .isEqualTo(200);
        }

        var refused = FlatPeakPoller.pollWith(tariffOnSecond, auth.getString("access_token"));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(SandboxFlatPeak.json(refused.body()).getString("code"))
                .isEqualTo("token_revoked");
    }

    @Test
    void bothServersRunningTheReminderJobForTheSameDayMailEachReminderOnce() throws Exception {
        DemoCustomersOverHttp.Customer customer;
        LocalDate endDay = LocalDate.now(LONDON).plusDays(400);
        try (var on = ItServer.against(first.baseUrl())) {
            customer = DemoCustomersOverHttp.create();
            ConsentOverHttp.authDataFor(customer.email(), customer.password());
            ContractsOverHttp.setTerm(
                    customer.supplyPoint(),
                    Instant.now().minus(Duration.ofDays(300)),
                    endDay.atStartOfDay(LONDON).toInstant());
        }
        var together = new CyclicBarrier(2);
        String run = "/admin/api/reminder-runs?date=" + endDay.minusDays(7);

        var onFirst = CompletableFuture.supplyAsync(() -> runOn(first, run, together));
        var onSecond = CompletableFuture.supplyAsync(() -> runOn(second, run, together));

        assertThat(List.of(onFirst.get(), onSecond.get()))
                .extracting(HttpResponse::statusCode)
                .containsOnly(200);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !MailServer.messagesTo(customer.email()).isEmpty());
        assertThat(MailServer.messagesTo(customer.email())).hasSize(1);
        try (var on = ItServer.against(second.baseUrl())) {
            var listed =
                    AdminApi.get("/admin/api/reminders?supply_point=" + customer.supplyPoint());
            assertThat(
                            SandboxFlatPeak.json("{\"r\":" + listed.body() + "}")
                                    .getJsonArray("r")
                                    .getValuesAs(JsonObject.class))
                    .extracting(r -> r.getInt("lead_days") + " " + r.getString("status"))
                    .containsExactly("7 SENT");
        }
    }

    @Test
    void eachPersistentTimerIsScheduledOnceForBothServers() throws Exception {
        try (var db =
                        DriverManager.getConnection(
                                System.getProperty("it.postgres.url"), DB_USER, DB_PASSWORD);
                var query =
                        db.prepareStatement(
                                "select count(*) from ejbtimer_task where upper(iname) like ?")) {
            for (String timer :
                    List.of(
                            "TARIFFSYNCTIMER",
                            "RENEWALREMINDERTIMER",
                            "CONNECTHOUSEKEEPINGTIMER")) {
                query.setString(1, "%" + timer + "%");
                try (var count = query.executeQuery()) {
                    count.next();
                    assertThat(count.getInt(1)).as(timer).isEqualTo(1);
                }
            }
        }
    }

    private static HttpResponse<String> runOn(
            FreshLibertyServer server, String path, CyclicBarrier together) {
        try (var on = ItServer.against(server.baseUrl())) {
            together.await();
            return AdminApi.post(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
