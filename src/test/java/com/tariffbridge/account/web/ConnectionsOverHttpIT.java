package com.tariffbridge.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AccountOverHttp;
import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The connections page over plain HTTP: sign-in, ownership and revoke-all, as a hostile client
 * would try.
 */
class ConnectionsOverHttpIT {

    private static final Pattern REVOKE_LINK =
            Pattern.compile("connections\\.xhtml\\?revoke=(\\d+)");

    private static String ownGrantId(AccountOverHttp browser) {
        var matcher = REVOKE_LINK.matcher(browser.get("/account/connections.xhtml").body());
        assertThat(matcher.find()).as("a revoke link on the page").isTrue();
        return matcher.group(1);
    }

    private static java.util.List<jakarta.json.JsonObject> auditEvents(String query) {
        return SandboxFlatPeak.json(
                        "{\"e\":" + AdminApi.get("/admin/api/audit-events?" + query).body() + "}")
                .getJsonArray("e")
                .getValuesAs(jakarta.json.JsonObject.class);
    }

    @Test
    void theConnectionsAddressSendsAStrangerToSignIn() {
        var entry = ItServer.send(ItServer.request("/account/connections").GET().build());
        assertThat(entry.statusCode()).isEqualTo(303);
        assertThat(entry.headers().firstValue("Location").orElse(""))
                .endsWith("/account/connections.xhtml");

        var page = ItServer.send(ItServer.request("/account/connections.xhtml").GET().build());
        assertThat(page.statusCode()).isIn(302, 303);
        assertThat(page.headers().firstValue("Location").orElse(""))
                .contains("/account/sign-in.xhtml");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheFifthLocksTheAccountAsInTheConnectFlow() {
        var customer = DemoCustomersOverHttp.create();
        String body = "";
        for (int i = 0; i < 5; i++) {
            var answer = attempt(customer.email(), "wrong-" + i);
            assertThat(answer.statusCode()).isEqualTo(200);
            body = answer.body();
            if (i == 0) {
                assertThat(body).contains("That email and password don't match an account.");
            }
        }
        assertThat(body).contains("locked for");
    }

    @Test
    void anAddressWithoutAnAccountAnswersLikeOneWithAtEveryWrongPassword() {
        var customer = DemoCustomersOverHttp.create();
        String nobody = "nobody-" + System.nanoTime() + "@example.test";
        List<String> account = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            account.add(outcome(attempt(customer.email(), "wrong-" + i)));
            unknown.add(outcome(attempt(nobody, "wrong-" + i)));
        }

        assertThat(account)
                .containsExactly(
                        "don't match",
                        "don't match",
                        "don't match",
                        "don't match",
                        "locked",
                        "locked",
                        "locked");
        assertThat(unknown).isEqualTo(account);
    }

    @Test
    void parallelWrongPasswordsLockTheAccountAndThenTheRightOneIsRefused() throws Exception {
        var customer = DemoCustomersOverHttp.create();
        int parallel = 24;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String guess = "wrong-" + i;
                answers.add(pool.submit(() -> outcome(attempt(customer.email(), guess))));
            }
            for (var answer : answers) {
                outcomes.add(answer.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        // identity.lockout.max-failures is 5: four refusals, then the fifth attempt locks
        assertThat(outcomes).filteredOn("don't match"::equals).hasSizeLessThanOrEqualTo(4);
        assertThat(outcomes).filteredOn("locked"::equals).hasSizeGreaterThanOrEqualTo(20);
        assertThat(outcome(attempt(customer.email(), customer.password()))).isEqualTo("locked");
    }

    /** One sign-in in a fresh browser. */
    private static HttpResponse<String> attempt(String email, String password) {
        return new AccountOverHttp().attemptSignIn(email, password);
    }

    private static String outcome(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            return "status " + answer.statusCode();
        }
        if (answer.body().contains("locked for")) {
            return "locked";
        }
        return answer.body().contains("don't match") ? "don't match" : "other";
    }

    @Test
    void aCustomerCannotRevokeAnotherCustomersGrant() {
        var victim = DemoCustomersOverHttp.create();
        var victimAuth = ConsentOverHttp.authDataFor(victim.email(), victim.password());
        String victimGrant = ownGrantId(AccountOverHttp.signIn(victim.email(), victim.password()));
        var attacker = DemoCustomersOverHttp.create();
        ConsentOverHttp.authDataFor(attacker.email(), attacker.password());
        var browser = AccountOverHttp.signIn(attacker.email(), attacker.password());
        String attackerGrant = ownGrantId(browser);

        var confirm = browser.get("/account/connections.xhtml?revoke=" + victimGrant);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("not in your account").doesNotContain("confirm:revoke");

        // Open the attacker's own confirmation, then post it with the victim's id in the address.
        var own = browser.get("/account/connections.xhtml?revoke=" + attackerGrant);
        browser.post(
                "/account/connections.xhtml?revoke=" + victimGrant,
                Map.of(
                        "confirm",
                        "confirm",
                        "confirm:revoke",
                        "Yes, revoke access",
                        "jakarta.faces.ViewState",
                        AccountOverHttp.viewState(own)));

        var poll =
                FlatPeakPoller.pollWith(
                        victimAuth.getString("tariff_url"), victimAuth.getString("access_token"));
        assertThat(poll.statusCode()).isEqualTo(200);
        var events = auditEvents("limit=200");
        assertThat(events)
                .noneMatch(
                        e ->
                                e.getString("type").equals("GRANT_REVOKED")
                                        && e.getString("subject").equals("grant:" + victimGrant));
    }

    @Test
    void revokeAllEndsEveryConnectionOfTheCustomer() {
        var customer = DemoCustomersOverHttp.create();
        var first = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        var second =
                ConsentOverHttp.authDataFor(
                        customer.email(),
                        customer.password(),
                        "{\"account_id\":\"acc_0therapp0000000000000002\","
                                + "\"display_name\":\"Other Heat Pumps\"}");
        var browser = AccountOverHttp.signIn(customer.email(), customer.password());
        assertThat(browser.get("/account/connections.xhtml").body()).contains("Revoke all");

        var confirm = browser.get("/account/connections.xhtml?revoke=all");
        assertThat(confirm.body()).contains("Stop sharing with every app?");
        var done =
                browser.post(
                        "/account/connections.xhtml",
                        Map.of(
                                "confirm",
                                "confirm",
                                "confirm:revoke",
                                "Yes, revoke all",
                                "jakarta.faces.ViewState",
                                AccountOverHttp.viewState(confirm)));
        assertThat(done.statusCode()).isIn(302, 303);

        assertThat(browser.get("/account/connections.xhtml").body())
                .contains("2 apps can no longer read your tariff")
                .contains("You have no active connections.");
        for (var auth : new jakarta.json.JsonObject[] {first, second}) {
            var poll =
                    FlatPeakPoller.pollWith(
                            auth.getString("tariff_url"), auth.getString("access_token"));
            assertThat(poll.statusCode()).isEqualTo(401);
            assertThat(SandboxFlatPeak.json(poll.body()).getString("code"))
                    .isEqualTo("consent_revoked");
        }
    }

    @Test
    void reconnectingTheSameAppToTheSameSupplyLeavesOnlyTheNewConnectionLive() {
        var customer = DemoCustomersOverHttp.create();
        var old = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        String oldGrant = ownGrantId(AccountOverHttp.signIn(customer.email(), customer.password()));
        var fresh = ConsentOverHttp.authDataFor(customer.email(), customer.password());

        var oldPoll =
                FlatPeakPoller.pollWith(old.getString("tariff_url"), old.getString("access_token"));
        assertThat(oldPoll.statusCode()).isEqualTo(401);
        assertThat(SandboxFlatPeak.json(oldPoll.body()).getString("code"))
                .isEqualTo("consent_revoked");
        assertThat(FlatPeakPoller.refresh(old.getString("refresh_token")).statusCode())
                .isEqualTo(400);
        var newPoll =
                FlatPeakPoller.pollWith(
                        fresh.getString("tariff_url"), fresh.getString("access_token"));
        assertThat(newPoll.statusCode()).isEqualTo(200);

        var events = auditEvents("type=GRANT_SUPERSEDED&subject=grant:" + oldGrant);
        assertThat(events).hasSize(1);

        var page =
                AccountOverHttp.signIn(customer.email(), customer.password())
                        .get("/account/connections.xhtml")
                        .body();
        var links = REVOKE_LINK.matcher(page);
        int live = 0;
        while (links.find()) {
            live++;
            assertThat(links.group(1)).isNotEqualTo(oldGrant);
        }
        assertThat(live).as("connections listed for the one app and supply point").isEqualTo(1);
    }

    @Test
    void signingOutEndsTheAccountSession() {
        var customer = DemoCustomersOverHttp.create();
        var browser = AccountOverHttp.signIn(customer.email(), customer.password());
        var page = browser.get("/account/connections.xhtml");

        var out =
                browser.post(
                        "/account/connections.xhtml",
                        Map.of(
                                "account",
                                "account",
                                "account:signOut",
                                "Sign out",
                                "jakarta.faces.ViewState",
                                AccountOverHttp.viewState(page)));

        assertThat(out.headers().firstValue("Location").orElse(""))
                .contains("/account/sign-in.xhtml");
        var again = browser.get("/account/connections.xhtml");
        assertThat(again.statusCode()).isIn(302, 303);
        assertThat(again.headers().firstValue("Location").orElse(""))
                .contains("/account/sign-in.xhtml");
    }
}
