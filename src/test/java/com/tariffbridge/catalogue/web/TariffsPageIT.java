package com.tariffbridge.catalogue.web;

import static com.tariffbridge.testsupport.BrowserWaits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.PhoneBrowser;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import com.tariffbridge.testsupport.SyncRunsOverHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** A person on a phone reads the provider's tariffs at /tariffs: the products the API serves. */
class TariffsPageIT {

    private static JsonObject api(String query) {
        var response =
                ItServer.send(ItServer.request("/api/v1/tariff-products" + query).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return SandboxFlatPeak.json(response.body());
    }

    @Test
    void aPersonReadsTheSameProductsAsTheApiWithTheirPricesPerBand() {
        SyncRunsOverHttp.run();
        var london = api("?region=_C&limit=200").getJsonArray("data").getValuesAs(JsonObject.class);
        try (var phone = PhoneBrowser.inLanguage("en-GB,en")) {
            WebDriver driver = phone.driver();
            driver.get(ItServer.baseUrl() + "/tariffs");
            waitFor(driver, By.id("product-BRT-EVN-C"));
            driver.findElement(By.id("region-_C")).click();
            waitFor(driver, By.cssSelector("#region-_C[aria-current=page]"));
            phone.screenshot("tariffs-london");

            assertThat(driver.findElements(By.cssSelector("article.product")))
                    .hasSize(london.size());
            for (JsonObject product : london) {
                var card = driver.findElement(By.id("product-" + product.getString("id")));
                assertThat(card.getText()).contains(product.getString("display_name"), "London");
            }
            assertThat(driver.findElements(By.id("product-BRT-FIX12-A")))
                    .as("East England only")
                    .isEmpty();
            assertThat(driver.findElements(By.id("product-BRT-GAS12-C"))).isEmpty();

            var evNight = driver.findElement(By.id("product-BRT-EVN-C"));
            assertThat(evNight.getText())
                    .contains(
                            "Every day, 00:30–05:30",
                            "£0.07 per kWh",
                            "£0.28 per kWh",
                            "£0.53 a day",
                            "12 months",
                            "Direct Debit");
            assertThat(driver.findElement(By.id("product-BRT-TRK-C")).getText())
                    .contains("market price + 5 % + £0.022 per kWh");
            assertThat(driver.findElement(By.id("product-BRT-EXP")).getText())
                    .contains("all day", "£0.15 per kWh", "electricity you sell back");
            assertThat(evNight.findElement(By.cssSelector("a.product-json")).getAttribute("href"))
                    .endsWith("/api/v1/tariff-products/BRT-EVN-C");
            assertThat(evNight.findElement(By.cssSelector("a.product-link")).getAttribute("href"))
                    .endsWith("/tariffs?region=_C#product-BRT-EVN-C");
            Number overflow =
                    (Number)
                            ((JavascriptExecutor) driver)
                                    .executeScript(
                                            "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow.intValue())
                    .as("no sideways scrolling on a phone")
                    .isLessThanOrEqualTo(0);
        }
    }

    @Test
    void thePageSpeaksGermanAndSwitchesToEnglish() {
        SyncRunsOverHttp.run();
        try (var phone = PhoneBrowser.inLanguage("de-DE,de")) {
            WebDriver driver = phone.driver();
            driver.get(ItServer.baseUrl() + "/tariffs");
            waitFor(driver, By.id("product-BRT-EVN-C"));
            phone.screenshot("tariffs-de");

            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Unsere Tarife");
            assertThat(driver.findElement(By.id("product-BRT-EVN-C")).getText())
                    .contains("Täglich, 00:30–05:30", "0,07", "pro kWh", "pro Tag", "12 Monate");

            driver.findElement(By.id("lang-en")).click();
            waitFor(driver, By.xpath("//h1[text()='Our tariffs']"));
            assertThat(driver.getCurrentUrl()).contains("/tariffs");
        }
    }
}
