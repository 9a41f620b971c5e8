package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.FreshLibertyServer;
import com.tariffbridge.testsupport.ItServer;
import org.junit.jupiter.api.Test;

/**
 * What the fragment promises a provider's server about staff: a staff member's Basic credentials
 * sent to an admin page open no staff session (only the sign-in form does, with its lockout and
 * audit), and the session cookie is HttpOnly, SameSite=Lax and Secure unless the provider says
 * otherwise.
 */
class FragmentStaffSecurityIT {

    @Test
    void aBasicHeaderOnAnAdminPageOpensNoStaffSessionAndTheSessionCookieIsSecure()
            throws Exception {
        try (var server =
                FreshLibertyServer.create(
                        "staff-security",
                        "h2-",
                        FreshLibertyServer.onH2(
                                "staff-security",
                                // the production default, not the plain-HTTP test server's
                                "TARIFFBRIDGE_SESSION_COOKIE_SECURE",
                                "true"))) {
            server.addConfig(
                    "staff.xml",
                    FreshLibertyServer.registryWith(
                            "staffer", "staffer-secret", "tariff-bridge-admins"));
            server.startWithoutReadiness();
            try (var other = ItServer.against(server.baseUrl())) {
                var page =
                        ItServer.send(
                                ItServer.request("/admin/")
                                        .header(
                                                "Authorization",
                                                FlatPeakPoller.basic("staffer", "staffer-secret"))
                                        .GET()
                                        .build());
                assertThat(page.statusCode()).as(page.body()).isEqualTo(302);
                assertThat(page.headers().firstValue("Location").orElseThrow())
                        .endsWith("/admin/sign-in.xhtml");

                var signIn = ItServer.send(ItServer.request("/admin/sign-in.xhtml").GET().build());
                assertThat(signIn.statusCode()).isEqualTo(200);
                assertThat(signIn.headers().allValues("Set-Cookie"))
                        .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                        .singleElement()
                        .satisfies(
                                cookie ->
                                        assertThat(cookie)
                                                .containsIgnoringCase("; Secure")
                                                .containsIgnoringCase("HttpOnly")
                                                .containsIgnoringCase("SameSite=Lax"));
            }
        }
    }
}
