package com.tariffbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.OpsHttps;
import com.tariffbridge.testsupport.PhoneBrowser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Liberty admin center, opened by the server administrator (not a staff member) in a desktop
 * browser on the HTTPS port.
 */
class AdminCenterIT {

    private static final String EXPLORE_TOOL =
            "com.ibm.websphere.appserver.adminCenter.tool.explore-1.0-1.0.0";

    @Test
    void
            theServerAdministratorSignsInToTheAdminCenterAndExploresTheServerWithItsRunningApplication() {
        try (var browser = PhoneBrowser.desktopAcceptingSelfSignedCertificates()) {
            var driver = browser.driver();
            var wait = new WebDriverWait(driver, Duration.ofSeconds(120));
            driver.get(OpsHttps.baseUrl() + "/adminCenter/");

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
            assertThat(driver.findElement(By.id("j_password")).getAttribute("type"))
                    .isEqualTo("password");
            browser.screenshot("admin-center-login");

            driver.findElement(By.id("j_username")).sendKeys(OpsHttps.SERVER_ADMIN);
            driver.findElement(By.id("j_password")).sendKeys(OpsHttps.SERVER_ADMIN_PASSWORD);
            driver.findElement(By.id("j_password")).submit();

            wait.until(ExpectedConditions.elementToBeClickable(By.id(EXPLORE_TOOL)));
            assertThat(driver.findElement(By.id("toolBox_headerWidget_SecondaryTitle")).getText())
                    .isEqualTo("Toolbox");
            browser.screenshot("admin-center-toolbox");

            driver.get(OpsHttps.baseUrl() + "/adminCenter/#explore");
            wait.until(d -> aFrameShows(d, "tariffbridge", "Applications", "Running"));
            browser.screenshot("admin-center-explore");
        }
    }

    /**
     * The Explore tool renders inside an iframe: the server's name and its applications are its
     * visible text.
     */
    private static boolean aFrameShows(WebDriver driver, String... texts) {
        driver.switchTo().defaultContent();
        int frames = driver.findElements(By.tagName("iframe")).size();
        for (int i = 0; i < frames; i++) {
            try {
                driver.switchTo().frame(i);
                String shown = driver.findElement(By.tagName("body")).getText();
                if (java.util.Arrays.stream(texts).allMatch(shown::contains)) {
                    return true;
                }
            } catch (org.openqa.selenium.WebDriverException frameGone) {
                // frames come and go while the tool loads; the next poll looks again
            } finally {
                driver.switchTo().defaultContent();
            }
        }
        return false;
    }
}
