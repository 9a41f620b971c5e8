package com.tariffbridge.identity.ldap;

import static com.tariffbridge.testsupport.BrowserWaits.bodyText;
import static com.tariffbridge.testsupport.BrowserWaits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.FreshLibertyServer;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.PhoneBrowser;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import com.tariffbridge.testsupport.TcpRelay;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
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
 * Customers whose account is an entry in the provider's LDAP directory: a real OpenLDAP
 * (scripts/openldap.sh, entries src/test/ldap/bright-customers.ldif, started by scripts/test.sh,
 * which passes it.ldap.url) and a fresh server in {@code identity.provider=ldap} mode with no demo
 * customers: our password form, the password checked by a bind, the billing reference from the
 * entry's employeeNumber, the supply points from billing.
 */
@EnabledIfSystemProperty(named = "it.ldap.url", matches = "ldap://.+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInAgainstTheProvidersDirectoryIT {

    /** The directory as this server reaches it: through a relay the test can cut. */
    private static TcpRelay directoryLink;

    private static FreshLibertyServer server;
    private static PhoneBrowser browser;
    private WebDriver driver;

    @BeforeAll
    static void aServerCheckingPasswordsAgainstTheDirectory() throws Exception {
        URI ldap = URI.create(System.getProperty("it.ldap.url"));
        directoryLink = new TcpRelay(ldap.getHost(), ldap.getPort());
        server =
                FreshLibertyServer.create(
                        "ldap-signin",
                        "h2-",
                        FreshLibertyServer.onH2(
                                "ldap-signin",
                                "SANDBOX_ENABLED",
                                "true",
                                "DEMO_SEED",
                                "false",
                                "IDENTITY_PROVIDER",
                                "ldap",
                                "IDENTITY_LDAP_URL",
                                "ldap://127.0.0.1:" + directoryLink.port(),
                                "IDENTITY_LDAP_BASE_DN",
                                "ou=customers,dc=bright,dc=example",
                                "IDENTITY_LDAP_BIND_DN",
                                "cn=tariff-bridge,ou=services,dc=bright,dc=example",
                                "IDENTITY_LDAP_BIND_PASSWORD",
                                "tariff-bridge-test-password",
                                "THROTTLE_SIGN_IN_PER_MINUTE",
                                "1000"));
        server.start();
        browser = new PhoneBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        try (var b = browser == null ? null : (AutoCloseable) browser::close;
                var s = server;
                var r = directoryLink) {
            // closes all, even if one fails
        }
    }

    @BeforeEach
    void freshBrowserSession() {
        driver = browser.driver();
        driver.get(server.baseUrl() + "/");
        driver.manage().deleteAllCookies();
    }

    @Test
    @Order(1)
    void aCustomerInTheDirectoryConnectsTheSupplyPointTheyChooseFromBillingsList() {
        String token = openConnectLink();
        signIn("bob@example.com", "bob-ldap-password");

        waitFor(driver, By.tagName("fieldset"));
        assertThat(bodyText(driver)).contains("Home", "Holiday cottage");
        driver.findElements(By.cssSelector("label")).stream()
                .filter(l -> l.getText().startsWith("Holiday cottage"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cottage on: " + bodyText(driver)))
                .click();
        driver.findElement(By.id("supply:continue")).click();
        waitFor(driver, By.id("consent:allow")).click();

        JsonObject received = awaitDecision(token);
        assertThat(received.getString("status")).isEqualTo("AUTH_CAPTURED");
        var authData = received.getJsonObject("auth_capture").getJsonObject("auth_data");
        var poll =
                FlatPeakPoller.pollWith(
                        server.baseUrl() + "/api/v1/tariff", authData.getString("access_token"));
        assertThat(poll.statusCode()).as(poll.body()).isEqualTo(200);
        assertThat(SandboxFlatPeak.json(poll.body()).getString("supply_point"))
                .isEqualTo("SP-2000-0002");
    }

    @Test
    @Order(2)
    void aWrongPasswordAndAnAddressTheDirectoryLacksGetTheSameAnswer() {
        openConnectLink();
        signIn("alice@example.com", "not-her-password");
        String wrong = waitFor(driver, By.cssSelector(".alert")).getText();
        signIn("nobody@example.com", "alice-ldap-password");
        String unknown = waitFor(driver, By.cssSelector(".alert")).getText();

        assertThat(wrong).contains("don't match").isEqualTo(unknown);
        // ... and an LDAP filter in the address is only an address
        signIn("*)(mail=*", "alice-ldap-password");
        assertThat(waitFor(driver, By.cssSelector(".alert")).getText()).isEqualTo(wrong);
    }

    @Test
    @Order(3)
    void anEntryWithoutABillingReferenceGetsTheNoAccountPage() {
        String token = openConnectLink();
        signIn("dave@example.com", "dave-ldap-password");

        assertThat(waitFor(driver, By.id("noAccount")).getText())
                .isEqualTo("We couldn't find a Bright Energy account for this sign-in");
        driver.findElement(By.id("noAccountActions:cancel")).click();
        assertThat(awaitDecision(token).getString("status")).isEqualTo("DISMISS_LOGIN");
    }

    @Test
    @Order(4)
    void aDirectoryThatCannotBeReachedAsksToTryAgainAndDecidesNothing() throws Exception {
        String token = openConnectLink();
        directoryLink.cutOff();
        try {
            signIn("alice@example.com", "alice-ldap-password");
            assertThat(waitFor(driver, By.cssSelector(".alert")).getText())
                    .contains("isn't answering right now");
        } finally {
            directoryLink.restore();
        }
        assertThat(bodyText(driver)).doesNotContain("Exception");
        try (var on = ItServer.against(server.baseUrl())) {
            assertThat(SandboxFlatPeak.received(token).getString("status")).isEqualTo("PENDING");
        }
    }

    @Test
    @Order(5)
    void theAccountPageSignsInAgainstTheDirectoryToo() {
        driver.get(server.baseUrl() + "/account/connections");
        waitFor(driver, By.id("signin:email")).sendKeys("bob@example.com");
        driver.findElement(By.id("signin:password")).sendKeys("bob-ldap-password");
        driver.findElement(By.id("signin:signIn")).click();

        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/account/connections"));
        assertThat(waitFor(driver, By.tagName("main")).getText())
                .contains("Bob Baker", "ACME EV Charging", "Holiday cottage");
    }

    private String openConnectLink() {
        JsonObject minted;
        try (var on = ItServer.against(server.baseUrl())) {
            minted = SandboxFlatPeak.mintToken();
        }
        driver.get(minted.getString("authentication_uri"));
        waitFor(driver, By.id("login:email"));
        return minted.getString("connect_token");
    }

    private void signIn(String email, String password) {
        WebElement field = waitFor(driver, By.id("login:email"));
        field.clear();
        field.sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:signIn")).click();
    }

    private JsonObject awaitDecision(String token) {
        try (var on = ItServer.against(server.baseUrl())) {
            return SandboxFlatPeak.awaitDecision(token);
        }
    }
}
