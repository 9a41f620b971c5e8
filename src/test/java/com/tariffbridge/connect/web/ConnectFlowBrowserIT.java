package com.tariffbridge.connect.web;

import static com.tariffbridge.testsupport.BrowserWaits.waitFor;
import static com.tariffbridge.testsupport.BrowserWaits.waitUntilGone;
import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.PhoneBrowser;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The connect flow as a customer lives it, in real headless Chromium at phone size, against the
 * running server and its sandbox FlatPeak. Each test mints its own connect token.
 */
class ConnectFlowBrowserIT {

    private static PhoneBrowser browser;
    private WebDriver driver;

    @BeforeAll
    static void openBrowser() {
        browser = new PhoneBrowser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void freshSession() {
        driver = browser.driver();
        driver.get(ItServer.baseUrl() + "/");
        driver.manage().deleteAllCookies();
    }

    @Test
    void newcomerConnectsAliceFromTheCompanionAppAndFlatPeakReceivesHerCredentials() {
        driver.get(ItServer.baseUrl() + "/sandbox/");
        browser.screenshot("01-companion-app");
        driver.findElement(
                        By.xpath(
                                "//input[@value='Connect my tariff'] | //button[contains(., 'Connect my tariff')]"))
                .click();
        waitFor(driver, By.id("login:email"));
        browser.screenshot("02-login");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("ACME EV Charging");

        signIn("alice@example.com", "alice-demo-pass");
        waitFor(driver, By.id("consent:allow"));
        browser.screenshot("03-consent");
        String consent = driver.findElement(By.tagName("main")).getText();
        assertThat(consent)
                .contains("Allow ACME EV Charging to use your tariff?")
                .contains("1-3 Strand, London WC2N 5EH")
                .contains("1 Jan 2026")
                .contains("1 Jan 2027");
        assertThat(driver.findElement(By.cssSelector("img.requester-logo")).getAttribute("alt"))
                .isEqualTo("ACME EV Charging logo");

        driver.findElement(By.id("consent:allow")).click();
        waitFor(driver, By.id("outcome"));
        browser.screenshot("04-connected");
        assertThat(driver.findElement(By.id("outcome")).getText()).contains("Connected");

        String token = connectTokenOf(driver.getCurrentUrl());
        JsonObject received = SandboxFlatPeak.received(token);
        assertThat(received.getString("status")).isEqualTo("AUTH_CAPTURED");
        JsonObject capture = received.getJsonObject("auth_capture");
        JsonObject authData = capture.getJsonObject("auth_data");
        assertThat(authData.getString("access_token")).startsWith("tbat_").hasSize(48);
        assertThat(authData.getString("refresh_token")).startsWith("tbrt_").hasSize(48);
        assertThat(authData.getString("token_type")).isEqualTo("Bearer");
        assertThat(authData.getString("token_url")).isEqualTo(ItServer.baseUrl() + "/oauth/token");
        assertThat(authData.getString("tariff_url"))
                .isEqualTo(ItServer.baseUrl() + "/api/v1/tariff");
        assertThat(authData.getString("supply_point")).isEqualTo("SP-1000-0001");
        assertThat(Instant.parse(authData.getString("expires_at")))
                .isAfter(Instant.now().plus(Duration.ofHours(23)));
        JsonObject address = capture.getJsonObject("postal_address");
        assertThat(address.getString("address_line1")).isEqualTo("1-3");
        assertThat(address.getString("post_code")).isEqualTo("WC2N 5EH");
        assertThat(address.getString("country_code")).isEqualTo("GB");
        JsonObject term = capture.getJsonObject("contract_term");
        assertThat(term.getString("start_date")).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(term.getString("end_date")).isEqualTo("2027-01-01T00:00:00Z");

        driver.findElement(By.id("poller:poll")).click();
        assertThat(waitFor(driver, By.id("call-status")).getText()).isEqualTo("200");
        var rows = driver.findElements(By.cssSelector("#next-24h tbody tr"));
        assertThat(rows)
                .as("the night band and the day rate both appear within 24 h")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(driver.findElement(By.id("next-24h")).getText())
                .contains("0.07000 GBP")
                .contains("0.28000 GBP");
        browser.screenshot("05-sandbox-poll");

        var before = driver.findElements(By.id("call-status"));
        driver.findElement(By.id("poller:refresh")).click();
        // the refresh reloads the page: read the new status, not the old element
        if (!before.isEmpty()) {
            waitUntilGone(driver, before.get(0));
        }
        assertThat(waitFor(driver, By.id("call-status")).getText()).isEqualTo("200");
        String renewed =
                SandboxFlatPeak.received(token)
                        .getJsonObject("auth_capture")
                        .getJsonObject("auth_data")
                        .getString("access_token");
        assertThat(renewed).startsWith("tbat_").isNotEqualTo(authData.getString("access_token"));
    }

    @Test
    void aGermanPhoneWalksTheFlowInGermanAndTheLanguageSwitchKeepsItsPlace() {
        try (var german = PhoneBrowser.inLanguage("de-DE,de")) {
            driver = german.driver();
            String token = startFlow();
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Bei Bright Energy anmelden")
                    .contains("ACME EV Charging möchte Ihren Stromtarif verwenden.")
                    .contains("E-Mail-Adresse");
            german.screenshot("de-01-login");
            driver.findElement(By.id("login:signIn")).click();
            assertThat(waitFor(driver, By.cssSelector(".field-error")).getText())
                    .isEqualTo("Bitte geben Sie Ihre E-Mail-Adresse ein.");

            signIn("alice@example.com", "alice-demo-pass");
            waitFor(driver, By.id("consent:allow"));
            german.screenshot("de-02-consent");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("ACME EV Charging erlauben, Ihren Tarif zu verwenden?")
                    .contains("Ihre Lieferadresse")
                    .contains("vom 1. Januar 2026 bis 1. Januar 2027");
            assertThat(driver.findElement(By.cssSelector("img.requester-logo")).getAttribute("alt"))
                    .isEqualTo("Logo von ACME EV Charging");

            driver.findElement(By.id("lang-en")).click();
            waitFor(driver, By.id("lang-de"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Allow ACME EV Charging to use your tariff?")
                    .contains("from 1 Jan 2026 to 1 Jan 2027");
            driver.findElement(By.id("lang-de")).click();
            waitFor(driver, By.id("lang-en"));
            WebElement allow = driver.findElement(By.id("consent:allow"));
            assertThat(allow.getAttribute("value")).isEqualTo("Erlauben");

            allow.click();
            waitFor(driver, By.id("outcome"));
            assertThat(SandboxFlatPeak.received(token).getString("status"))
                    .isEqualTo("AUTH_CAPTURED");
        } finally {
            driver = browser.driver();
        }
    }

    @Test
    void bobChoosesWhichOfHisTwoSuppliesToShare() {
        String token = startFlow();
        signIn("bob@example.com", "bob-demo-pass");
        waitFor(driver, By.id("supply:continue"));
        browser.screenshot("06-supply-choice");
        assertThat(driver.findElements(By.cssSelector("input[type=radio]"))).hasSize(2);

        driver.findElement(By.id("supply:continue")).click();
        assertThat(waitFor(driver, By.cssSelector(".alert")).getText()).contains("Please choose");

        driver.findElement(By.xpath("//label[contains(., 'Holiday cottage')]")).click();
        driver.findElement(By.id("supply:continue")).click();
        waitFor(driver, By.id("consent:allow"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Lower Slaughter");
        driver.findElement(By.id("consent:allow")).click();
        waitFor(driver, By.id("outcome"));

        JsonObject capture = SandboxFlatPeak.received(token).getJsonObject("auth_capture");
        assertThat(capture.getJsonObject("auth_data").getString("supply_point"))
                .isEqualTo("SP-2000-0002");
        assertThat(capture.getJsonObject("contract_term").getString("end_date"))
                .isEqualTo("2027-06-01T00:00:00Z");
    }

    @Test
    void carolWithoutAnElectricityContractIsToldSoAndFlatPeakHearsDismissLogin() {
        String token = startFlow();
        signIn("carol@example.com", "carol-demo-pass");
        WebElement heading = waitFor(driver, By.id("no-contract"));
        browser.screenshot("07-no-contract");
        assertThat(heading.getText()).isEqualTo("No active electricity contract");

        driver.findElement(By.id("nocontract:back")).click();
        waitFor(driver, By.id("outcome"));
        assertThat(SandboxFlatPeak.received(token).getString("status")).isEqualTo("DISMISS_LOGIN");
    }

    @Test
    void wrongPasswordShowsARetryMessageThenTheRightOneSignsIn() {
        startFlow();
        signIn("alice@example.com", "not-her-password");
        WebElement alert = waitFor(driver, By.cssSelector(".alert"));
        browser.screenshot("08-wrong-password");
        assertThat(alert.getText()).contains("don't match");
        assertThat(driver.findElement(By.id("login:password")).getAttribute("value")).isEmpty();

        signIn("alice@example.com", "alice-demo-pass");
        assertThat(waitFor(driver, By.id("consent:allow")).isDisplayed()).isTrue();
    }

    @Test
    void fiveFailedSignInsLockTheAccountAndCancelTellsFlatPeakDismissLogin() {
        var customer = DemoCustomersOverHttp.create();
        String token = startFlow();
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(customer.email(), "wrong-" + attempt);
            assertThat(waitFor(driver, By.cssSelector(".alert")).getText()).contains("don't match");
        }
        signIn(customer.email(), "wrong-5");
        WebElement alert = waitFor(driver, By.cssSelector(".alert"));
        browser.screenshot("09-locked");
        assertThat(alert.getText()).contains("locked for 15 minutes");

        signIn(customer.email(), customer.password());
        assertThat(waitFor(driver, By.cssSelector(".alert")).getText()).contains("locked");

        driver.findElement(By.id("login:cancel")).click();
        waitFor(driver, By.id("outcome"));
        assertThat(SandboxFlatPeak.received(token).getString("status")).isEqualTo("DISMISS_LOGIN");
    }

    @Test
    void lockingOneAccountLeavesOthersUntouched() {
        var locked = DemoCustomersOverHttp.create();
        var other = DemoCustomersOverHttp.create();
        startFlow();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(locked.email(), "wrong-" + attempt);
            waitFor(driver, By.cssSelector(".alert"));
        }
        signIn(other.email(), other.password());
        assertThat(waitFor(driver, By.id("consent:allow")).isDisplayed()).isTrue();
    }

    @Test
    void denyTellsFlatPeakDismissConsent() {
        String token = startFlow();
        signIn("alice@example.com", "alice-demo-pass");
        waitFor(driver, By.id("consent:deny")).click();
        waitFor(driver, By.id("outcome"));
        assertThat(SandboxFlatPeak.received(token).getString("status"))
                .isEqualTo("DISMISS_CONSENT");
    }

    @Test
    void cancelOnTheLoginPageTellsFlatPeakDismissLogin() {
        String token = startFlow();
        driver.findElement(By.id("login:cancel")).click();
        waitFor(driver, By.id("outcome"));
        assertThat(SandboxFlatPeak.received(token).getString("status")).isEqualTo("DISMISS_LOGIN");
    }

    @Test
    void malformedTokenShowsThisLinkIsNotValid() {
        driver.get(ItServer.baseUrl() + "/connect?connect_token=cot_NOT-A-TOKEN");
        browser.screenshot("10-invalid-link");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("This link is not valid");
    }

    @Test
    void unknownTokenShowsThisLinkHasExpired() {
        driver.get(ItServer.baseUrl() + "/connect?connect_token=cot_0123456789abcdef01234567");
        browser.screenshot("11-expired");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("This link has expired");
    }

    @Test
    void aUsedTokenCannotStartASecondFlow() {
        String token = startFlow();
        signIn("alice@example.com", "alice-demo-pass");
        waitFor(driver, By.id("consent:deny")).click();
        waitFor(driver, By.id("outcome"));

        driver.manage().deleteAllCookies();
        driver.get(ItServer.baseUrl() + "/connect?connect_token=" + token);
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("This link has expired");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("already been used");
    }

    @Test
    void consentPageIsUnreachableOutsideAFlow() {
        driver.get(ItServer.baseUrl() + "/connect/consent.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("This link is not valid");
        assertThat(driver.findElements(By.id("consent:allow"))).isEmpty();
    }

    @Test
    void flatPeakOutageAtTheStartShowsTryAgainWhichWorksOnceItIsBack() {
        String authUri = SandboxFlatPeak.mintToken().getString("authentication_uri");
        SandboxFlatPeak.outage(Duration.ofSeconds(60));
        try {
            driver.get(authUri);
            browser.screenshot("12-flatpeak-unreachable");
            assertThat(driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo("We could not reach FlatPeak");
        } finally {
            SandboxFlatPeak.endOutage();
        }
        driver.findElement(By.id("retry")).click();
        assertThat(waitFor(driver, By.id("login:email")).isDisplayed()).isTrue();
    }

    @Test
    void flatPeakOutageAtConsentKeepsTheDecisionAndRetryDeliversFreshCredentials() {
        String token = startFlow();
        signIn("alice@example.com", "alice-demo-pass");
        waitFor(driver, By.id("consent:allow"));
        SandboxFlatPeak.outage(Duration.ofSeconds(60));
        try {
            driver.findElement(By.id("consent:allow")).click();
            WebElement heading = waitFor(driver, By.id("unreachable"));
            browser.screenshot("13-decision-pending");
            assertThat(heading.getText()).isEqualTo("We could not reach FlatPeak");
            assertThat(SandboxFlatPeak.received(token).getString("status")).isEqualTo("PENDING");
        } finally {
            SandboxFlatPeak.endOutage();
        }
        driver.findElement(By.id("finish:retry")).click();
        waitFor(driver, By.id("outcome"));
        JsonObject authData =
                SandboxFlatPeak.received(token)
                        .getJsonObject("auth_capture")
                        .getJsonObject("auth_data");
        assertThat(authData.getString("access_token")).startsWith("tbat_");
    }

    private String startFlow() {
        JsonObject minted = SandboxFlatPeak.mintToken();
        driver.get(minted.getString("authentication_uri"));
        waitFor(driver, By.id("login:email"));
        return minted.getString("connect_token");
    }

    private void signIn(String email, String password) {
        WebElement emailField = waitFor(driver, By.id("login:email"));
        emailField.clear();
        emailField.sendKeys(email);
        WebElement passwordField = driver.findElement(By.id("login:password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        WebElement button = driver.findElement(By.id("login:signIn"));
        button.click();
        // The answer is a new page: no check may read a stale message.
        waitUntilGone(driver, button);
    }

    private static String connectTokenOf(String url) {
        var matcher =
                java.util.regex.Pattern.compile("connect_token=(cot_[0-9a-f]{24})").matcher(url);
        assertThat(matcher.find()).as("connect_token in %s", url).isTrue();
        return matcher.group(1);
    }
}
