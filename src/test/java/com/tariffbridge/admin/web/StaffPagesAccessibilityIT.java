package com.tariffbridge.admin.web;

import static com.tariffbridge.testsupport.BrowserWaits.waitForPresence;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.Axe;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.PhoneBrowser;
import com.tariffbridge.testsupport.SyncRunsOverHttp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** axe-core on every /admin page, with data in its tables; no serious or critical violation. */
class StaffPagesAccessibilityIT {

    @Test
    void everyStaffPagePassesAxe() {
        var customer = DemoCustomersOverHttp.create();
        ConsentOverHttp.authDataFor(customer.email(), customer.password());
        SyncRunsOverHttp.start();
        try (var phone = new PhoneBrowser()) {
            WebDriver driver = phone.driver();
            driver.get(ItServer.baseUrl() + "/admin/");
            waitForPresence(driver, By.id("signIn:username"));
            Axe.assertNoSeriousViolations(driver, "staff sign-in");
            driver.findElement(By.id("signIn:username")).sendKeys(AdminApi.USER);
            driver.findElement(By.id("signIn:password")).sendKeys("wrong");
            driver.findElement(By.id("signIn:go")).click();
            waitForPresence(driver, By.id("signIn:messages"));
            Axe.assertNoSeriousViolations(driver, "staff sign-in with error");
            driver.findElement(By.id("signIn:username")).clear();
            driver.findElement(By.id("signIn:username")).sendKeys(AdminApi.USER);
            driver.findElement(By.id("signIn:password")).sendKeys(AdminApi.PASSWORD);
            driver.findElement(By.id("signIn:go")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.not(ExpectedConditions.urlContains("sign-in")));
            Axe.assertNoSeriousViolations(driver, "staff home");

            for (String page :
                    new String[] {
                        "sessions.xhtml",
                        "audit.xhtml",
                        "sync-runs.xhtml",
                        "reminders.xhtml",
                        "connections.xhtml?q=" + customer.supplyPoint()
                    }) {
                driver.get(ItServer.baseUrl() + "/admin/" + page);
                Axe.assertNoSeriousViolations(driver, page);
            }
            follow(driver, "sessions.xhtml", "a[href*='session.xhtml']", "session");
            follow(driver, "sync-runs.xhtml", "a[href*='sync-run.xhtml']", "sync-run");
            follow(
                    driver,
                    "connections.xhtml?q=" + customer.supplyPoint(),
                    "a[href*='revoke.xhtml']",
                    "revoke");
        }
    }

    /** Opens a list page and the first detail link in it, so the detail page has real data. */
    private static void follow(WebDriver driver, String list, String link, String name) {
        driver.get(ItServer.baseUrl() + "/admin/" + list);
        String href = waitForPresence(driver, By.cssSelector(link)).getAttribute("href");
        driver.get(href);
        Axe.assertNoSeriousViolations(driver, name);
    }
}
