package com.tariffbridge.admin.web;

import static com.tariffbridge.testsupport.BrowserWaits.waitForPresence;
import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.ContractsOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.PhoneBrowser;
import com.tariffbridge.testsupport.SyncRunsOverHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An ops person at the admin pages on a phone, in real headless Chromium against the running
 * server: signs in, finds a consent by supply point, revokes a connection, exports the audit log,
 * sees a contract ending soon among the upcoming reminders, starts a tariff sync and watches it
 * (the run's page reloads itself, no script, until the run ends). Each test brings its own
 * disposable customer.
 */
class AdminPagesBrowserIT {

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
    void aWrongPasswordStaysOutAndTheRightOneGetsIn() {
        driver.get(ItServer.baseUrl() + "/admin/");
        waitForPresence(driver, By.id("signIn:username"));
        browser.screenshot("admin-01-sign-in");

        signIn(AdminApi.USER, "not-the-password");
        waitForPresence(driver, By.id("signIn:messages"));
        assertThat(driver.findElement(By.id("signIn:messages")).getText()).contains("don't match");
        assertThat(driver.getCurrentUrl()).endsWith("/admin/sign-in.xhtml");
        driver.get(ItServer.baseUrl() + "/admin/audit.xhtml");
        assertThat(driver.getCurrentUrl()).endsWith("/admin/sign-in.xhtml");

        signIn(AdminApi.USER, AdminApi.PASSWORD);
        waitForPresence(driver, By.id("outcomes"));
        browser.screenshot("admin-02-overview");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        assertThat(driver.findElement(By.tagName("nav")).getText())
                .contains("Connect sessions", "Connections", "Audit log");
    }

    @Test
    void staffFindACustomersConsentByTheSupplyPoint() {
        var customer = DemoCustomersOverHttp.create();
        ConsentOverHttp.authDataFor(customer.email(), customer.password());
        signInAsAdmin();

        driver.findElement(By.linkText("Connect sessions")).click();
        waitForPresence(driver, By.id("sp")).sendKeys(customer.supplyPoint());
        driver.findElement(By.id("filter")).click();
        waitForPresence(driver, By.id("sessions"));
        browser.screenshot("admin-03-sessions");
        String table = driver.findElement(By.id("sessions")).getText();
        assertThat(table)
                .contains("Consented")
                .contains(customer.email())
                .contains(customer.supplyPoint());
        assertThat(driver.findElement(By.id("summary")).getText()).startsWith("1 sessions");

        driver.findElement(By.cssSelector("#sessions tbody a")).click();
        waitForPresence(driver, By.id("steps"));
        browser.screenshot("admin-04-session");
        assertThat(driver.findElement(By.id("steps")).getText())
                .contains("CONNECT_STARTED", "CONNECT_SIGNED_IN", "CONSENT_GIVEN");
        assertThat(driver.findElement(By.id("consent")).getText()).contains("tariff-sharing-v1");
    }

    @Test
    void revokingAConnectionWithAReasonLocksFlatPeakOut() {
        var customer = DemoCustomersOverHttp.create();
        var authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        String tariffUrl = authData.getString("tariff_url");
        assertThat(
                        FlatPeakPoller.pollWith(tariffUrl, authData.getString("access_token"))
                                .statusCode())
                .isEqualTo(200);
        signInAsAdmin();

        driver.findElement(By.linkText("Connections")).click();
        waitForPresence(driver, By.id("q")).sendKeys(customer.supplyPoint());
        driver.findElement(By.id("find")).click();
        waitForPresence(driver, By.id("connections"));
        assertThat(driver.findElement(By.id("connections")).getText())
                .contains(customer.email())
                .contains("ACTIVE");
        driver.findElement(By.linkText("Revoke…")).click();
        waitForPresence(driver, By.id("revoke:confirm"));
        browser.screenshot("admin-05-revoke");
        driver.findElement(By.id("revoke:confirm")).click();
        // The answer is the same page with a message: wait for its text, not for the element
        // (the page being left may already hold an empty one), then for the field on the new page.
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d -> {
                            try {
                                return !d.findElement(By.id("revoke:reasonError"))
                                        .getText()
                                        .isBlank();
                            } catch (org.openqa.selenium.WebDriverException notYet) {
                                return false;
                            }
                        });
        waitForPresence(driver, By.id("revoke:reason")).sendKeys("Customer asked, by \"phone\"");
        driver.findElement(By.id("revoke:confirm")).click();
        waitForPresence(driver, By.id("revokedNotice"));
        browser.screenshot("admin-06-revoked");
        assertThat(driver.findElement(By.id("connections")).getText()).contains("REVOKED");

        assertThat(
                        FlatPeakPoller.pollWith(tariffUrl, authData.getString("access_token"))
                                .statusCode())
                .isEqualTo(401);
        assertThat(FlatPeakPoller.refresh(authData.getString("refresh_token")).statusCode())
                .isEqualTo(400);
        assertThat(
                        AdminApi.get(
                                        "/admin/api/audit-events?type=GRANT_REVOKED&actor=staff:admin&limit=20")
                                .body())
                .contains("staff: Customer asked, by \\\"phone\\\"");
    }

    @Test
    void theAuditLogExportsTheFilteredEventsAsCsv() throws Exception {
        var customer = DemoCustomersOverHttp.create();
        var authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        FlatPeakPoller.refresh(authData.getString("refresh_token"));
        String grant = "grant:" + grantIdOf(customer.supplyPoint());
        signInAsAdmin();

        driver.findElement(By.linkText("Audit log")).click();
        waitForPresence(driver, By.id("subject")).sendKeys(grant);
        driver.findElement(By.id("filter")).click();
        waitForPresence(driver, By.id("events"));
        browser.screenshot("admin-07-audit");
        assertThat(driver.findElement(By.id("events")).getText())
                .contains("GRANT_ISSUED", "TOKEN_REFRESHED");

        // the export is the page's POST form: send what the browser would, with its session
        var export = driver.findElement(By.id("summary"));
        var fields = new java.util.LinkedHashMap<String, String>();
        for (var hidden : export.findElements(By.cssSelector("input[type=hidden]"))) {
            fields.put(hidden.getAttribute("name"), hidden.getAttribute("value"));
        }
        String cookie = driver.manage().getCookieNamed("TBSESSION").getValue();
        HttpResponse<String> csv =
                ItServer.send(
                        HttpRequest.newBuilder(URI.create(export.getAttribute("action")))
                                .header("Cookie", "TBSESSION=" + cookie)
                                .header("Origin", ItServer.baseUrl())
                                .header("Sec-Fetch-Site", "same-origin")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .timeout(Duration.ofSeconds(30))
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                FlatPeakPoller.form(fields)))
                                .build());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment; filename=\"audit-events-");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,occurred_at,type,actor,subject,detail");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains(",TOKEN_REFRESHED,").endsWith("," + grant + ",");
        assertThat(lines[2])
                .contains(",GRANT_ISSUED,")
                .contains("," + grant + ",flatpeak_account=");
    }

    @Test
    void runNowShowsTheRunUntilItFinishesWithItsCounts() {
        var customer = DemoCustomersOverHttp.create();
        ConsentOverHttp.authDataFor(customer.email(), customer.password());
        SyncRunsOverHttp.awaitEnd(SyncRunsOverHttp.start());
        signInAsAdmin();

        driver.findElement(By.linkText("Sync runs")).click();
        waitForPresence(driver, By.id("runNow:go"));
        browser.screenshot("admin-08-sync-runs");
        assertThat(driver.findElement(By.id("schedule")).getText())
                .contains("every 15m")
                .contains("Next scheduled run");
        driver.findElement(By.id("runNow:go")).click();

        waitForPresence(driver, By.id("status"));
        assertThat(driver.getCurrentUrl())
                .contains("/admin/sync-run.xhtml")
                .doesNotContain("busy=1");
        String id = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        new WebDriverWait(driver, Duration.ofSeconds(120))
                .pollingEvery(Duration.ofMillis(500))
                // the page reloads itself while the run goes on: a status read mid-reload is stale
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "FINISHED".equals(text(d, By.id("status"))));
        browser.screenshot("admin-09-sync-run-finished");
        var run = SyncRunsOverHttp.view(Long.parseLong(id));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sync run " + id);
        assertThat(driver.findElement(By.id("total")).getText())
                .isEqualTo(String.valueOf(run.getInt("total")));
        assertThat(run.getInt("total")).isPositive();
        assertThat(driver.findElement(By.id("checked")).getText())
                .isEqualTo(String.valueOf(run.getInt("total")));
        assertThat(driver.findElement(By.id("changed")).getText())
                .isEqualTo(String.valueOf(run.getInt("changed")));
        assertThat(driver.findElement(By.id("failed")).getText())
                .isEqualTo(String.valueOf(run.getInt("failed")));
        if (run.getInt("failed") == 0) {
            assertThat(driver.findElement(By.id("failures")).getText()).isEqualTo("none");
        }
        assertThat(driver.findElement(By.id("progress")).getAttribute("value"))
                .isEqualTo(driver.findElement(By.id("progress")).getAttribute("max"));

        driver.findElement(By.linkText("All sync runs")).click();
        waitForPresence(driver, By.id("runs"));
        assertThat(driver.findElement(By.id("runs")).getText())
                .contains(id)
                .contains("FINISHED")
                .contains("admin");
        assertThat(
                        AdminApi.get(
                                        "/admin/api/audit-events?type=SYNC_RUN_STARTED&subject=sync-run:"
                                                + id)
                                .body())
                .contains("\"actor\":\"staff:admin\"");
    }

    private static String text(WebDriver driver, By by) {
        var found = driver.findElements(by);
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    @Test
    void staffSeeAContractEndingSoonAmongTheUpcomingReminders() {
        var customer = DemoCustomersOverHttp.create();
        ConsentOverHttp.authDataFor(customer.email(), customer.password());
        var london = java.time.ZoneId.of("Europe/London");
        var endDay = java.time.LocalDate.now(london).plusDays(12);
        ContractsOverHttp.setTerm(
                customer.supplyPoint(),
                java.time.Instant.now().minus(Duration.ofDays(300)),
                endDay.atStartOfDay(london).toInstant());
        signInAsAdmin();

        driver.findElement(By.linkText("Reminders")).click();
        waitForPresence(driver, By.id("sp")).sendKeys(customer.supplyPoint());
        driver.findElement(By.id("filter")).click();
        waitForPresence(driver, By.id("upcoming"));
        browser.screenshot("admin-10-reminders");
        assertThat(driver.findElement(By.id("summary")).getText())
                .startsWith("1 contracts ending soon");
        assertThat(driver.findElement(By.id("upcoming")).getText())
                .contains(customer.email())
                .contains(endDay.toString())
                .contains("12")
                .contains("30-day reminder");
    }

    /** The grant of this supply point's consent, from the CONSENT_GIVEN event's detail. */
    private static String grantIdOf(String supplyPoint) {
        var consents =
                java.util.regex.Pattern.compile(
                        "supply_point="
                                + java.util.regex.Pattern.quote(supplyPoint)
                                + " terms=[^ ]+ grant=(\\d+)");
        var matcher =
                consents.matcher(
                        AdminApi.get("/admin/api/audit-events?type=CONSENT_GIVEN&limit=200")
                                .body());
        assertThat(matcher.find()).as("consent event for " + supplyPoint).isTrue();
        return matcher.group(1);
    }

    private void signInAsAdmin() {
        driver.get(ItServer.baseUrl() + "/admin/");
        waitForPresence(driver, By.id("signIn:username"));
        signIn(AdminApi.USER, AdminApi.PASSWORD);
        waitForPresence(driver, By.id("outcomes"));
    }

    private void signIn(String name, String password) {
        driver.findElement(By.id("signIn:username")).clear();
        driver.findElement(By.id("signIn:username")).sendKeys(name);
        driver.findElement(By.id("signIn:password")).sendKeys(password);
        driver.findElement(By.id("signIn:go")).click();
    }
}
