package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.FreshLibertyServer;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.StaffOverHttp;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The absolute session lifetime on a running server: a staff session in steady use (never idle long
 * enough for the 30-minute timeout) still ends once it is older than {@code session.max-lifetime},
 * here 6 s.
 */
class SessionLifetimeIT {

    private static final Duration LIFETIME = Duration.ofSeconds(6);

    @Test
    void aStaffSessionInSteadyUseIsRefusedOnceOlderThanTheMaximumLifetime() throws Exception {
        try (var server =
                FreshLibertyServer.create(
                        "session-lifetime",
                        "h2-",
                        FreshLibertyServer.onH2(
                                "session-lifetime",
                                "SESSION_MAX_LIFETIME",
                                "PT" + LIFETIME.toSeconds() + "S"))) {
            server.addConfig(
                    "staff.xml",
                    FreshLibertyServer.registryWith(
                            "staffer", "staffer-secret", "tariff-bridge-admins"));
            server.startWithoutReadiness();
            try (var other = ItServer.against(server.baseUrl())) {
                // A cold server takes seconds over its first pages; the clock below must not.
                var warmUp = new StaffOverHttp();
                warmUp.signIn("staffer", "staffer-secret");
                warmUp.get("/admin/index.xhtml");

                var staff = new StaffOverHttp();
                long began = System.nanoTime();
                var signIn = staff.signIn("staffer", "staffer-secret");
                assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
                assertThat(signIn.headers().firstValue("Location").orElseThrow())
                        .endsWith("/admin/index.xhtml");

                // Used every half second, so the idle timeout never comes near: young, it is
                // served; past the lifetime, the next request is sent to the sign-in form.
                var seen = new StringBuilder();
                boolean refused = false;
                while (!refused && System.nanoTime() - began < LIFETIME.plusSeconds(3).toNanos()) {
                    var page = staff.get("/admin/index.xhtml");
                    long age = (System.nanoTime() - began) / 1_000_000;
                    seen.append(age).append("ms:").append(page.statusCode()).append(' ');
                    if (age < LIFETIME.minusSeconds(1).toMillis()) {
                        assertThat(page.statusCode()).as("young: " + seen).isEqualTo(200);
                    }
                    refused = page.statusCode() == 302;
                    Thread.sleep(500);
                }
                assertThat(refused).as("refused past the lifetime: " + seen).isTrue();

                var old = staff.get("/admin/index.xhtml");
                assertThat(old.statusCode()).as(old.headers().map().toString()).isEqualTo(302);
                assertThat(old.headers().firstValue("Location").orElseThrow())
                        .endsWith("/admin/sign-in.xhtml");
            }
        }
    }
}
