package com.tariffbridge.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.PhoneBrowser;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A customer on a phone withdraws what they shared, and FlatPeak's next poll is refused. */
class ConnectionsBrowserIT {

    @Test
    void aCustomerSeesTheirConnectionRevokesItAndFlatPeaksNextPollGetsConsentRevoked() {
        var customer = DemoCustomersOverHttp.create();
        var auth = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        assertThat(FlatPeakPoller.pollWith(auth).statusCode()).isEqualTo(200);

        try (var phone = new PhoneBrowser()) {
            var driver = phone.driver();
            var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.get(ItServer.baseUrl() + "/account/connections");
            wait.until(ExpectedConditions.urlContains("/account/sign-in.xhtml"));
            driver.findElement(By.id("signin:email")).sendKeys(customer.email());
            driver.findElement(By.id("signin:password")).sendKeys(customer.password());
            phone.screenshot("account-sign-in");
            driver.findElement(By.id("signin:signIn")).click();

            wait.until(ExpectedConditions.urlContains("/account/connections.xhtml"));
            String list = driver.findElement(By.tagName("main")).getText();
            assertThat(list)
                    .contains("Apps that can read your tariff")
                    .contains(customer.supplyPoint())
                    .contains("Connected since")
                    .contains("Last read")
                    .contains("Contract ends")
                    .doesNotContain("Not yet");
            assertThat(driver.findElements(By.cssSelector(".connection"))).hasSize(1);
            phone.screenshot("account-connections");

            driver.findElement(By.linkText("Revoke")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-heading")));
            assertThat(driver.findElement(By.id("confirm-heading")).getText())
                    .startsWith("Stop sharing with");
            phone.screenshot("account-revoke-confirm");
            driver.findElement(By.id("confirm:revoke")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-connections")));
            assertThat(driver.findElement(By.id("messages")).getText())
                    .startsWith("Done.")
                    .contains("can no longer read your tariff");
            phone.screenshot("account-revoked");
        }

        var poll = FlatPeakPoller.pollWith(auth);
        assertThat(poll.statusCode()).isEqualTo(401);
        assertThat(SandboxFlatPeak.json(poll.body()).getString("code"))
                .isEqualTo("consent_revoked");
        assertThat(FlatPeakPoller.refresh(auth.getString("refresh_token")).statusCode())
                .isNotEqualTo(200);
    }
}
