package com.tariffbridge.connect.web;

import static com.tariffbridge.testsupport.BrowserWaits.waitFor;
import static com.tariffbridge.testsupport.BrowserWaits.waitUntilGone;

import com.tariffbridge.testsupport.Axe;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.PhoneBrowser;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import com.tariffbridge.testsupport.SyncRunsOverHttp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core on every page a customer can meet, in English and German: the public tariff list, the
 * connect flow with its dead ends, the error pages and /account. No serious or critical violation
 * is allowed.
 */
class CustomerPagesAccessibilityIT {

    @Test
    void everyConnectFlowPageAndErrorPagePassesAxeInEnglishAndGerman() {
        // the catalogue follows sync runs: one now, so /tariffs is checked with its products
        SyncRunsOverHttp.run();
        for (String language : new String[] {"en-GB,en", "de-DE,de"}) {
            try (var phone = PhoneBrowser.inLanguage(language)) {
                WebDriver driver = phone.driver();
                driver.get(ItServer.baseUrl() + "/");
                Axe.assertNoSeriousViolations(driver, "start page " + language);
                driver.get(ItServer.baseUrl() + "/tariffs");
                Axe.assertNoSeriousViolations(driver, "tariffs " + language);

                startFlow(driver);
                Axe.assertNoSeriousViolations(driver, "login " + language);
                driver.findElement(By.id("login:signIn")).click();
                waitFor(driver, By.cssSelector(".field-error"));
                Axe.assertNoSeriousViolations(driver, "login with errors " + language);

                signIn(driver, "bob@example.com", "bob-demo-pass");
                waitFor(driver, By.id("supply:continue"));
                Axe.assertNoSeriousViolations(driver, "supply " + language);
                driver.findElement(By.id("supply:continue")).click();
                waitFor(driver, By.cssSelector(".alert"));
                Axe.assertNoSeriousViolations(driver, "supply with error " + language);
                driver.findElements(By.cssSelector("input[type=radio]")).get(0).click();
                driver.findElement(By.id("supply:continue")).click();
                waitFor(driver, By.id("consent:allow"));
                Axe.assertNoSeriousViolations(driver, "consent " + language);
                driver.findElement(By.id("consent:allow")).click();
                waitFor(driver, By.id("outcome"));
                Axe.assertNoSeriousViolations(driver, "finish " + language);

                driver.manage().deleteAllCookies();
                startFlow(driver);
                signIn(driver, "carol@example.com", "carol-demo-pass");
                waitFor(driver, By.id("no-contract"));
                Axe.assertNoSeriousViolations(driver, "no contract " + language);

                driver.get(ItServer.baseUrl() + "/connect?connect_token=cot_NOT-A-TOKEN");
                Axe.assertNoSeriousViolations(driver, "invalid link " + language);
                driver.get(
                        ItServer.baseUrl() + "/connect?connect_token=cot_0123456789abcdef01234567");
                Axe.assertNoSeriousViolations(driver, "link expired " + language);
                driver.get(ItServer.baseUrl() + "/no-such-page");
                Axe.assertNoSeriousViolations(driver, "not found " + language);
                driver.get(ItServer.baseUrl() + "/connect?connect_token=%zz");
                Axe.assertNoSeriousViolations(driver, "bad request " + language);
                driver.get(ItServer.baseUrl() + "/error/session-expired.xhtml");
                Axe.assertNoSeriousViolations(driver, "session expired " + language);

                String authUri = SandboxFlatPeak.mintToken().getString("authentication_uri");
                SandboxFlatPeak.outage(Duration.ofSeconds(60));
                try {
                    driver.get(authUri);
                    Axe.assertNoSeriousViolations(driver, "FlatPeak unavailable " + language);
                } finally {
                    SandboxFlatPeak.endOutage();
                }
            }
        }
    }

    @Test
    void theAccountSignInAndConnectionsPagesPassAxeInEnglishAndGerman() {
        var customer = DemoCustomersOverHttp.create();
        ConsentOverHttp.authDataFor(customer.email(), customer.password());
        for (String language : new String[] {"en-GB,en", "de-DE,de"}) {
            try (var phone = PhoneBrowser.inLanguage(language)) {
                WebDriver driver = phone.driver();
                driver.get(ItServer.baseUrl() + "/account/connections");
                waitFor(driver, By.id("signin:email"));
                Axe.assertNoSeriousViolations(driver, "account sign-in " + language);
                driver.findElement(By.id("signin:email")).sendKeys(customer.email());
                driver.findElement(By.id("signin:password")).sendKeys(customer.password());
                driver.findElement(By.id("signin:signIn")).click();
                new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.urlContains("/account/connections.xhtml"));
                Axe.assertNoSeriousViolations(driver, "account connections " + language);
            }
        }
    }

    private static void startFlow(WebDriver driver) {
        driver.get(SandboxFlatPeak.mintToken().getString("authentication_uri"));
        waitFor(driver, By.id("login:email"));
    }

    private static void signIn(WebDriver driver, String email, String password) {
        WebElement emailField = waitFor(driver, By.id("login:email"));
        emailField.clear();
        emailField.sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        WebElement button = driver.findElement(By.id("login:signIn"));
        button.click();
        waitUntilGone(driver, button);
    }
}
