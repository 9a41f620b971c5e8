package com.tariffbridge.platform;

import static com.tariffbridge.testsupport.BrowserWaits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.FreshLibertyServer;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.PhoneBrowser;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
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
 * Two product servers behind a load balancer without affinity, as docs/liberty/tariff-bridge-
 * sessions.xml sets them up: the customer's browser moves between them mid-flow (here by port, as a
 * balancer would by request), and the flow goes on, even after the server it started on has
 * crashed. The sandbox runs on a server of its own, as FlatPeak would, so it outlives the crash.
 */
@EnabledIfSystemProperty(named = "it.postgres.url", matches = "jdbc:postgresql:.+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionFailoverOnPostgresIT {

    private static FreshLibertyServer sandbox;
    private static FreshLibertyServer first;
    private static FreshLibertyServer second;
    private static PhoneBrowser browser;
    private WebDriver driver;

    @BeforeAll
    static void twoServersSharingSessionsAndASandboxOfItsOwn() throws Exception {
        Map<String, String> database =
                Map.of(
                        "TARIFFBRIDGE_DB_URL", System.getProperty("it.postgres.url"),
                        "TARIFFBRIDGE_DB_USER", "tariffbridge",
                        "TARIFFBRIDGE_DB_PASSWORD", "tariffbridge");
        Path ltpaKeys = Path.of("target/fresh-servers/failover-ltpa.keys").toAbsolutePath();
        Files.deleteIfExists(ltpaKeys);

        var sandboxSettings = new HashMap<>(database);
        sandboxSettings.put("DEMO_SEED", "false");
        sandbox = FreshLibertyServer.createSandbox("failover-sandbox", sandboxSettings);

        var settings = new HashMap<>(database);
        settings.put("FLATPEAK_API_URL", sandbox.baseUrl() + "/sandbox/flatpeak");
        settings.put("FLATPEAK_API_USERNAME", "sandbox-provider");
        settings.put("FLATPEAK_API_PASSWORD", "sandbox-provider-secret");
        settings.put("FLATPEAK_CLIENT_ID", FlatPeakPoller.CLIENT_ID);
        settings.put("FLATPEAK_CLIENT_SECRET", FlatPeakPoller.CLIENT_SECRET);
        settings.put("FLATPEAK_REDIRECT_ALLOWED_HOSTS", sandbox.baseUrl());
        settings.put("BILLING_API_URL", sandbox.baseUrl() + "/sandbox/billing");
        settings.put("BILLING_API_KEY", "sandbox-billing-key");
        settings.put("TARIFFBRIDGE_LTPA_KEYS_FILE", ltpaKeys.toString());
        settings.put("TARIFFBRIDGE_LTPA_KEYS_PASSWORD", "failover-ltpa-keys");
        String sessions = Files.readString(Path.of("docs/liberty/tariff-bridge-sessions.xml"));
        first = FreshLibertyServer.create("failover-a", "postgresql-", settings);
        first.addConfig("tariff-bridge-sessions.xml", sessions);
        second = FreshLibertyServer.create("failover-b", "postgresql-", settings);
        second.addConfig("tariff-bridge-sessions.xml", sessions);

        // The first server migrates the schema the sandbox's seeding writes into; the product
        // servers are ready only once their FlatPeak (the sandbox) answers.
        first.startWithoutReadiness();
        sandbox.setEnvironment("SANDBOX_PRODUCT_URL", first.baseUrl());
        sandbox.startAndAwait("/sandbox/");
        second.start();
        browser = new PhoneBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        try (var b = browser == null ? null : (AutoCloseable) browser::close;
                var s = sandbox;
                var a = first;
                var c = second) {
            // closes all, even if one fails
        }
    }

    @BeforeEach
    void freshBrowserSession() {
        driver = browser.driver();
        driver.get(second.baseUrl() + "/");
        driver.manage().deleteAllCookies();
    }

    @Test
    @Order(1)
    void aCustomerWhoSignsInOnOneServerConsentsOnTheOther() {
        String token = signInOnTheFirstServer();

        driver.get(second.baseUrl() + "/connect/consent.xhtml");
        String captured = consentAndReadCapture(token);

        assertThat(captured).isEqualTo("AUTH_CAPTURED");
    }

    @Test
    @Order(2)
    void aFlowStartedOnAServerThatCrashesAfterSignInIsFinishedOnTheSurvivor() throws Exception {
        String token = signInOnTheFirstServer();

        first.kill();
        driver.get(second.baseUrl() + "/connect/consent.xhtml");
        String captured = consentAndReadCapture(token);

        assertThat(captured).isEqualTo("AUTH_CAPTURED");
    }

    /** Starts a flow whose authentication URI is the first server's, and signs in there. */
    private String signInOnTheFirstServer() {
        DemoCustomersOverHttp.Customer customer;
        JsonObject minted;
        try (var on = ItServer.against(sandbox.baseUrl())) {
            customer = DemoCustomersOverHttp.create();
            minted = SandboxFlatPeak.mintToken();
        }
        String authenticationUri = minted.getString("authentication_uri");
        assertThat(authenticationUri).startsWith(first.baseUrl() + "/connect");
        driver.get(authenticationUri);
        waitFor(driver, By.id("login:email")).sendKeys(customer.email());
        driver.findElement(By.id("login:password")).sendKeys(customer.password());
        driver.findElement(By.id("login:signIn")).click();
        waitFor(driver, By.id("consent:allow"));
        assertThat(driver.getCurrentUrl()).startsWith(first.baseUrl());
        return minted.getString("connect_token");
    }

    /**
     * On the second server: the consent page shows the flow the first one began; allowing it ends
     * at FlatPeak's page with fresh credentials that the second server's poll accepts.
     */
    private String consentAndReadCapture(String token) {
        WebElement allow = waitFor(driver, By.id("consent:allow"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Allow ACME EV Charging to use your tariff?");
        allow.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(sandbox.baseUrl() + "/sandbox/outcome"));

        JsonObject received;
        try (var on = ItServer.against(sandbox.baseUrl())) {
            received = SandboxFlatPeak.received(token);
        }
        JsonObject authData = received.getJsonObject("auth_capture").getJsonObject("auth_data");
        assertThat(authData.getString("token_url")).startsWith(second.baseUrl());
        var poll =
                FlatPeakPoller.pollWith(
                        second.baseUrl() + "/api/v1/tariff", authData.getString("access_token"));
        assertThat(poll.statusCode()).as(poll.body()).isEqualTo(200);
        return received.getString("status");
    }
}
