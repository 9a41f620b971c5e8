package com.tariffbridge.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import com.tariffbridge.testsupport.StaffOverHttp;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Staff sign-in over HTTP: who gets in, who stays out, and that staff and customer sessions never
 * mix.
 */
class StaffSignInIT {

    @Test
    void adminPagesSendVisitorsWithoutAStaffSessionToTheSignInForm() {
        var visitor = new StaffOverHttp();
        for (String path :
                new String[] {
                    "/admin/", "/admin/index.xhtml", "/admin/audit.csv", "/admin/connections.xhtml"
                }) {
            var answer = visitor.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .as(path)
                    .hasValue(ItServer.baseUrl() + "/admin/sign-in.xhtml");
        }
    }

    @Test
    void aCustomerPasswordDoesNotOpenTheStaffPages() {
        var customer = new StaffOverHttp();
        var answer = customer.signIn("alice@example.com", "alice-demo-pass");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("That staff name and password don't match");
        assertThat(customer.get("/admin/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void aRegistryUserWithoutTheAdminRoleIsTurnedAway() {
        var auditor = new StaffOverHttp();
        var answer = auditor.signIn("auditor", "auditor-test-pass");

        assertThat(answer.body()).contains("has no access to the admin pages");
        assertThat(auditor.get("/admin/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void aCustomerSignedInToTheConnectFlowIsNoStaffMember() {
        var customer = DemoCustomersOverHttp.create();
        var browser = new StaffOverHttp();
        String token = SandboxFlatPeak.mintToken().getString("connect_token");
        browser.get("/connect?connect_token=" + token);
        var login = browser.get("/connect/login.xhtml");
        var form = new LinkedHashMap<String, String>();
        form.put("login", "login");
        form.put("login:email", customer.email());
        form.put("login:password", customer.password());
        form.put("login:signIn", "Sign in");
        form.put("jakarta.faces.ViewState", StaffOverHttp.viewState(login));
        var signedIn = browser.post("/connect/login.xhtml", form);
        assertThat(signedIn.headers().firstValue("Location").orElse(""))
                .endsWith("/connect/consent.xhtml");

        var admin = browser.get("/admin/index.xhtml");

        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location"))
                .hasValue(ItServer.baseUrl() + "/admin/sign-in.xhtml");
    }

    @Test
    void aStaffSessionDoesNotCarryIntoTheCustomerPages() {
        var staff = StaffOverHttp.signedInAdmin();

        var consent = staff.get("/connect/consent.xhtml");

        assertThat(consent.body()).doesNotContain("consent:allow").doesNotContain("Allow");
    }

    @Test
    void repeatedWrongPasswordsPauseTheNameEvenForTheRightPassword() {
        String name = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        var guesser = new StaffOverHttp();
        for (int i = 0; i < 4; i++) {
            assertThat(guesser.signIn(name, "wrong-" + i).body()).contains("don't match");
        }
        assertThat(guesser.signIn(name, "wrong-5").body()).contains("Too many failed attempts");
        assertThat(guesser.signIn(name, "whatever").body()).contains("Too many failed attempts");
        assertThat(
                        AdminApi.get(
                                        "/admin/api/audit-events?type=STAFF_LOCKED_OUT&actor=staff:"
                                                + name)
                                .body())
                .contains("\"actor\":\"staff:" + name + "\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Basic c2FuZGJveC1jbGllbnQ=",
                "Basic %%%not-base64",
                "Basic ",
                "Bearer abc",
                "Basic YWRtaW46d3Jvbmc="
            })
    void unusableApiCredentialsGetA401ProblemNeverA500(String header) {
        var answer =
                AdminApi.send(
                        ItServer.request("/admin/api/audit-events")
                                .header("Authorization", header)
                                .GET()
                                .build());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElse(""))
                .startsWith("Basic realm=");
        assertThat(SandboxFlatPeak.json(answer.body()).getString("code"))
                .isEqualTo("invalid_credentials");
    }

    @Test
    void signingOutEndsTheStaffSession() {
        var staff = StaffOverHttp.signedInAdmin();
        var overview = staff.get("/admin/index.xhtml");
        assertThat(overview.statusCode()).isEqualTo(200);
        var form = new LinkedHashMap<String, String>();
        form.put("signOut", "signOut");
        form.put("signOut:go", "Sign out");
        form.put("jakarta.faces.ViewState", StaffOverHttp.viewState(overview));

        var out = staff.post("/admin/index.xhtml", form);

        assertThat(out.headers().firstValue("Location").orElse(""))
                .contains("/admin/sign-in.xhtml");
        assertThat(staff.get("/admin/index.xhtml").statusCode()).isEqualTo(302);
    }
}
