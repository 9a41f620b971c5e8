package com.tariffbridge.identity.oidc;

import static com.tariffbridge.testsupport.BrowserWaits.bodyText;
import static com.tariffbridge.testsupport.BrowserWaits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.Axe;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.FreshLibertyServer;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.KeycloakLogin;
import com.tariffbridge.testsupport.PhoneBrowser;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import com.tariffbridge.testsupport.TcpRelay;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Customers whose only account is at the provider's IdP: a real Keycloak (scripts/keycloak.sh,
 * realm src/test/keycloak/bright-realm.json, started by scripts/test.sh, which passes
 * it.keycloak.url) and a fresh server in {@code identity.provider=oidc} mode with the sandbox as
 * its FlatPeak and billing and no demo customers in its database: whatever the flow knows of a
 * customer comes from Keycloak's ID token and billing's list of their supply points.
 */
@EnabledIfSystemProperty(named = "it.keycloak.url", matches = "http.+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInAtTheProvidersIdpIT {

    private static final String KEYCLOAK = System.getProperty("it.keycloak.url", "");

    /** Keycloak as this server and the browser reach it: through a relay the test can cut. */
    private static TcpRelay idpLink;

    private static String realm;
    private static FreshLibertyServer server;
    private static PhoneBrowser browser;
    private WebDriver driver;

    @BeforeAll
    static void aServerSigningCustomersInAtKeycloak() throws Exception {
        awaitKeycloak();
        URI keycloak = URI.create(KEYCLOAK);
        idpLink = new TcpRelay(keycloak.getHost(), keycloak.getPort());
        realm = "http://127.0.0.1:" + idpLink.port() + "/realms/bright";
        server =
                FreshLibertyServer.create(
                        "oidc-signin",
                        "h2-",
                        FreshLibertyServer.onH2(
                                "oidc-signin",
                                "SANDBOX_ENABLED",
                                "true",
                                "DEMO_SEED",
                                "false",
                                "IDENTITY_PROVIDER",
                                "oidc",
                                "IDENTITY_OIDC_DISCOVERY_URI",
                                realm + "/.well-known/openid-configuration",
                                "IDENTITY_OIDC_CLIENT_ID",
                                "tariff-bridge",
                                "IDENTITY_OIDC_CLIENT_SECRET",
                                "tariff-bridge-test-secret",
                                // ThrottleIT proves the throttle; here every return must reach us
                                "THROTTLE_SIGN_IN_PER_MINUTE",
                                "1000"));
        server.start();
        browser = new PhoneBrowser();
    }

    /** scripts/test.sh starts Keycloak in the background as the build begins. */
    private static void awaitKeycloak() throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var discovery = URI.create(KEYCLOAK + "/realms/bright/.well-known/openid-configuration");
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(discovery)
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(
                "Keycloak never answered at "
                        + discovery
                        + "; see "
                        + System.getProperty("it.keycloak.log", "scripts/keycloak.sh's log"));
    }

    @AfterAll
    static void stop() throws Exception {
        try (var b = browser == null ? null : (AutoCloseable) browser::close;
                var s = server;
                var r = idpLink) {
            // closes all, even if one fails
        }
    }

    /** No session of ours nor of Keycloak's survives from the test before. */
    @BeforeEach
    void freshSessionsHereAndAtTheIdp() {
        driver = browser.driver();
        // every cookie of every site: Keycloak's live on 127.0.0.1 under /realms/bright/
        ((org.openqa.selenium.chromium.ChromiumDriver) driver)
                .executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Test
    @Order(0)
    void anIdpThatCannotBeReachedBeforeTheSignInGivesTheTryAgainPage() throws Exception {
        var http = newBrowserlessClient();
        startFlow(http);
        idpLink.cutOff();
        try {
            var toIdp = send(http, server.baseUrl() + "/connect/sign-in-at-idp");
            assertThat(toIdp.statusCode()).isEqualTo(503);
            assertThat(toIdp.headers().firstValue("Retry-After")).isPresent();
            assertThat(toIdp.body())
                    .contains("We could not reach Bright Energy", "Try again")
                    .doesNotContain("Exception");
            var account = send(http, server.baseUrl() + "/account/sign-in-at-idp");
            assertThat(account.headers().firstValue("Location").orElseThrow())
                    .endsWith("/account/sign-in.xhtml?at-idp=unavailable");
        } finally {
            idpLink.restore();
        }
        // Back again: once the circuit breaker's delay has passed, the same flow's Continue goes
        // to the IdP.
        var toIdp =
                org.awaitility.Awaitility.await()
                        .atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(
                                () -> send(http, server.baseUrl() + "/connect/sign-in-at-idp"),
                                r -> r.statusCode() == 303);
        assertThat(toIdp.headers().firstValue("Location").orElseThrow()).startsWith(realm);
    }

    @Test
    @Order(10)
    void anIdpThatGoesDownBeforeTheCodeIsRedeemedGivesTheTryAgainPage() throws Exception {
        var http = newBrowserlessClient();
        String token = startFlow(http);
        var toIdp = send(http, server.baseUrl() + "/connect/sign-in-at-idp");
        URI callback =
                KeycloakLogin.returnFrom(
                        http,
                        URI.create(toIdp.headers().firstValue("Location").orElseThrow()),
                        "alice@example.com",
                        "alice-password");
        idpLink.cutOff();
        try {
            var answer = send(http, callback.toString());
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body())
                    .contains("We could not reach Bright Energy", "Try again")
                    .doesNotContain("Exception");
        } finally {
            idpLink.restore();
        }
        // Nothing was decided: the flow still waits for a sign-in, and FlatPeak heard nothing.
        var login = send(http, server.baseUrl() + "/connect/login.xhtml");
        assertThat(login.body()).contains("Continue to sign in with Bright Energy");
        assertThat(SandboxFlatPeakStatus.of(server, token)).isEqualTo("PENDING");
    }

    @Test
    @Order(1)
    void aCustomerKnownOnlyToTheIdpConnectsAndThePollServesTheSupplyPointBillingListsForHer() {
        String token = openConnectLink();
        assertThat(bodyText(driver)).contains("Sign in to Bright Energy");
        Axe.assertNoSeriousViolations(driver, "sign-in at the IdP");
        waitFor(driver, By.id("continue")).click();
        signInAtKeycloak("alice@example.com", "alice-password");

        // billing lists one active supply point for CUST-1000, so the flow goes straight to consent
        waitFor(driver, By.id("consent:allow"));
        assertThat(bodyText(driver))
                .contains("Allow ACME EV Charging to use your tariff?", "Strand");
        driver.findElement(By.id("consent:allow")).click();
        JsonObject received = awaitDecision(token);

        assertThat(received.getString("status")).isEqualTo("AUTH_CAPTURED");
        JsonObject authData = received.getJsonObject("auth_capture").getJsonObject("auth_data");
        var poll =
                FlatPeakPoller.pollWith(
                        server.baseUrl() + "/api/v1/tariff", authData.getString("access_token"));
        assertThat(poll.statusCode()).as(poll.body()).isEqualTo(200);
        JsonObject tariff = SandboxFlatPeak.json(poll.body());
        assertThat(tariff.getString("supply_point")).isEqualTo("SP-1000-0001");
        assertThat(tariff.getJsonObject("tariff").getJsonObject("import").getString("display_name"))
                .isEqualTo("EV Night Saver");
        assertThat(
                        received.getJsonObject("auth_capture")
                                .getJsonObject("postal_address")
                                .getString("post_code"))
                .isEqualTo("WC2N 5EH");
    }

    @Test
    @Order(2)
    void theCustomerSeesAndLeavesTheirConnectionsThroughTheIdpAndSigningOutEndsTheIdpSessionToo() {
        driver.get(server.baseUrl() + "/account/connections");
        waitFor(driver, By.id("signInAtIdp")).click();
        signInAtKeycloak("alice@example.com", "alice-password");

        waitForUrl("/account/connections");
        assertThat(bodyText(driver)).contains("ACME EV Charging", "Home");

        WebElement signOut =
                driver.findElements(By.cssSelector("[id$='signOut']")).stream()
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError("no sign-out on: " + bodyText(driver)));
        signOut.click();
        waitForUrl("/account/sign-in");
        assertThat(driver.getCurrentUrl()).startsWith(server.baseUrl());
        assertThat(bodyText(driver)).contains("You have signed out.");

        // Keycloak forgot her too: signing in again asks for her password.
        waitFor(driver, By.id("signInAtIdp")).click();
        waitFor(driver, By.id("username"));
        assertThat(driver.getCurrentUrl()).startsWith(realm);
    }

    @Test
    @Order(3)
    void aCustomerWithTwoSupplyPointsInBillingChoosesBetweenThem() {
        String token = openConnectLink();
        waitFor(driver, By.id("continue")).click();
        signInAtKeycloak("bob@example.com", "bob-password");

        waitFor(driver, By.tagName("fieldset"));
        assertThat(bodyText(driver))
                .contains("Home", "Holiday cottage", "Baker Street", "Copse Hill");
        assertThat(SandboxFlatPeakStatus.of(server, token)).isEqualTo("PENDING");
    }

    @Test
    @Order(4)
    void cancelBeforeTheIdpSendsDismissLogin() {
        String token = openConnectLink();
        waitFor(driver, By.id("atIdp:cancel")).click();

        assertThat(awaitDecision(token).getString("status")).isEqualTo("DISMISS_LOGIN");
    }

    @Test
    @Order(5)
    void cancellingAtTheIdpReturnsToTheSignInStepWhoseEscapeSendsDismissLogin() {
        String token = openConnectLink();
        waitFor(driver, By.id("continue")).click();
        waitFor(driver, By.id("username"));
        // What Keycloak sends when the customer declines: error=access_denied with our state.
        String state = query(URI.create(driver.getCurrentUrl())).get("state");
        driver.get(server.baseUrl() + "/connect/signed-in?error=access_denied&state=" + state);

        assertThat(waitFor(driver, By.id("cancelledAtIdp")).getText())
                .contains("You cancelled the sign-in at Bright Energy");
        Axe.assertNoSeriousViolations(driver, "sign-in cancelled at the IdP");
        driver.findElement(By.id("atIdp:cancel")).click();
        assertThat(awaitDecision(token).getString("status")).isEqualTo("DISMISS_LOGIN");
    }

    @Test
    @Order(6)
    void aSignInWithoutABillingReferenceGetsTheNoAccountPageWithItsEscape() {
        String token = openConnectLink();
        waitFor(driver, By.id("continue")).click();
        signInAtKeycloak("dave@example.com", "dave-password");

        assertThat(waitFor(driver, By.id("noAccount")).getText())
                .isEqualTo("We couldn't find a Bright Energy account for this sign-in");
        assertThat(driver.findElement(By.id("support")).getAttribute("href")).isNotBlank();
        Axe.assertNoSeriousViolations(driver, "no account for this sign-in");
        driver.findElement(By.id("noAccountActions:cancel")).click();
        assertThat(awaitDecision(token).getString("status")).isEqualTo("DISMISS_LOGIN");
    }

    @Test
    @Order(7)
    void aBillingReferenceBillingDoesNotKnowGetsTheNoAccountPage() {
        openConnectLink();
        waitFor(driver, By.id("continue")).click();
        signInAtKeycloak("erin@example.com", "erin-password");

        assertThat(waitFor(driver, By.id("noAccount")).getText())
                .contains("couldn't find a Bright Energy account");
    }

    @Test
    @Order(8)
    void aReturnFromTheIdpWorksOnceAndOnlyInTheBrowserThatStartedIt() throws Exception {
        var http = newBrowserlessClient();
        String token = startFlow(http);
        var toIdp = send(http, server.baseUrl() + "/connect/sign-in-at-idp");
        assertThat(toIdp.statusCode()).isEqualTo(303);
        URI callback =
                KeycloakLogin.returnFrom(
                        http,
                        URI.create(toIdp.headers().firstValue("Location").orElseThrow()),
                        "carol@example.com",
                        "carol-password");
        assertThat(callback.toString()).startsWith(server.baseUrl() + "/connect/signed-in?");

        // Someone else's browser with the stolen return: refused, and nothing happens to the flow.
        var stranger = newBrowserlessClient();
        startFlow(stranger);
        var stolen = send(stranger, callback.toString());
        assertThat(stolen.statusCode()).isEqualTo(400);
        assertThat(stolen.body()).contains("This link is not valid").doesNotContain("Exception");

        // The right browser: carol is signed in (billing has her supply point, its contract ended).
        var first = send(http, callback.toString());
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location").orElseThrow())
                .endsWith("/connect/supply.xhtml");

        // The same return again: refused; the flow stays where the first one took it.
        var replay = send(http, callback.toString());
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("This link is not valid");
        var supply = send(http, server.baseUrl() + "/connect/supply.xhtml");
        assertThat(supply.statusCode()).isEqualTo(200);
        assertThat(supply.body()).contains("active electricity contract");
        assertThat(SandboxFlatPeakStatus.of(server, token)).isEqualTo("PENDING");
    }

    @Test
    @Order(9)
    void forgedReturnsGetTheInvalidPageAndNeverAStackTrace() throws Exception {
        var http = newBrowserlessClient();
        startFlow(http);
        var toIdp = send(http, server.baseUrl() + "/connect/sign-in-at-idp");
        String state =
                query(URI.create(toIdp.headers().firstValue("Location").orElseThrow()))
                        .get("state");
        String base = server.baseUrl() + "/connect/signed-in";
        for (String forged :
                new String[] {
                    base,
                    base + "?code=abc",
                    base + "?state=forged-state&code=abc",
                    base + "?state=" + state + "x&code=abc",
                    base + "?state=%00%0d%0a&code=%3Cscript%3E",
                    base + "?state=" + "s".repeat(5000) + "&code=abc",
                }) {
            var answer = send(http, forged);
            assertThat(answer.statusCode()).as(forged).isEqualTo(400);
            assertThat(answer.body())
                    .as(forged)
                    .contains("This link is not valid")
                    .doesNotContain("Exception");
        }
        // Each refusal took the browser's pending sign-in with it: the real state is now spent too.
        var late = send(http, base + "?state=" + state + "&code=abc");
        assertThat(late.statusCode()).isEqualTo(400);
        // A code Keycloak never issued, with a fresh state this browser did start: refused.
        var again = send(http, server.baseUrl() + "/connect/sign-in-at-idp");
        String fresh =
                query(URI.create(again.headers().firstValue("Location").orElseThrow()))
                        .get("state");
        var madeUp = send(http, base + "?state=" + fresh + "&code=not-a-code-keycloak-issued");
        assertThat(madeUp.statusCode()).isEqualTo(400);
        assertThat(madeUp.body()).contains("This link is not valid");
    }

    private String openConnectLink() {
        JsonObject minted;
        try (var on = ItServer.against(server.baseUrl())) {
            minted = SandboxFlatPeak.mintToken();
        }
        driver.get(minted.getString("authentication_uri"));
        waitFor(driver, By.id("continue"));
        return minted.getString("connect_token");
    }

    private void signInAtKeycloak(String username, String password) {
        waitFor(driver, By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    private JsonObject awaitDecision(String token) {
        try (var on = ItServer.against(server.baseUrl())) {
            return SandboxFlatPeak.awaitDecision(token);
        }
    }

    private String startFlow(HttpClient http) throws Exception {
        JsonObject minted;
        try (var on = ItServer.against(server.baseUrl())) {
            minted = SandboxFlatPeak.mintToken();
        }
        var entry = send(http, minted.getString("authentication_uri"));
        assertThat(entry.statusCode()).isEqualTo(303);
        return minted.getString("connect_token");
    }

    private static HttpClient newBrowserlessClient() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static HttpResponse<String> send(HttpClient http, String uri) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(uri))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(
                        java.util.stream.Collectors.toMap(
                                p -> p[0],
                                p ->
                                        URLDecoder.decode(
                                                p.length > 1 ? p[1] : "", StandardCharsets.UTF_8),
                                (a, b) -> a));
    }

    private void waitForUrl(String part) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains(part));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "never reached "
                            + part
                            + "; the browser is at "
                            + driver.getCurrentUrl()
                            + ", showing: "
                            + bodyText(driver),
                    e);
        }
    }

    /** The sandbox FlatPeak's view of a token: still PENDING while no decision reached it. */
    private static final class SandboxFlatPeakStatus {
        static String of(FreshLibertyServer server, String token) {
            try (var on = ItServer.against(server.baseUrl())) {
                return SandboxFlatPeak.received(token).getString("status");
            }
        }
    }
}
