package com.tariffbridge.testsupport;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waiting for a page as a person does, up to 30 s. A page that never shows the element fails the
 * test with the address the browser is at and what the page says, which is what a failure on CI
 * needs to be read without a rerun.
 */
public final class BrowserWaits {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private BrowserWaits() {}

    /** The element once it is visible. */
    public static WebElement waitFor(WebDriver driver, By locator) {
        return until(
                driver,
                ExpectedConditions.visibilityOfElementLocated(locator),
                locator + " never showed");
    }

    /** The element once it is in the page, shown or not (a form the page fills in later). */
    public static WebElement waitForPresence(WebDriver driver, By locator) {
        return until(
                driver,
                ExpectedConditions.presenceOfElementLocated(locator),
                locator + " never came into the page");
    }

    /**
     * Until {@code element} has left the page, as when a click loads the next one: reading before
     * that would read the old page. Mid-navigation Chromium may answer "node does not belong to the
     * document" instead of a stale element, which Selenium's {@code stalenessOf} does not count as
     * gone, so any refusal to read the element counts.
     */
    public static void waitUntilGone(WebDriver driver, WebElement element) {
        until(
                driver,
                d -> {
                    try {
                        element.isEnabled();
                        return false;
                    } catch (WebDriverException gone) {
                        return true;
                    }
                },
                "the page never moved on");
    }

    /** The page's text as a person reads it. */
    public static String bodyText(WebDriver driver) {
        return driver.findElement(By.tagName("body")).getText();
    }

    private static <T> T until(WebDriver driver, Function<WebDriver, T> condition, String failure) {
        try {
            return new WebDriverWait(driver, PATIENCE).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    failure
                            + "; the browser is at "
                            + driver.getCurrentUrl()
                            + ", showing: "
                            + bodyText(driver),
                    e);
        }
    }
}
