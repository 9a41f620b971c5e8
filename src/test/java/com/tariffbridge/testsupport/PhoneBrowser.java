package com.tariffbridge.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium at 360×740, the size of the companion app's browser sheet. Driver and
 * binary paths are explicit so Selenium Manager never tries to download anything.
 */
public final class PhoneBrowser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    public PhoneBrowser() {
        this(360, 740, null);
    }

    /**
     * A phone whose owner reads {@code acceptLanguages} (e.g. "de-DE,de"), sent as Accept-Language.
     */
    public static PhoneBrowser inLanguage(String acceptLanguages) {
        return new PhoneBrowser(360, 740, acceptLanguages);
    }

    /**
     * A desktop-sized window that accepts the server's self-signed certificate: for the Liberty
     * admin center on HTTPS, which ops people open on a desktop.
     */
    public static PhoneBrowser desktopAcceptingSelfSignedCertificates() {
        var browser = new PhoneBrowser(1280, 900, null, "--ignore-certificate-errors");
        // The admin center loads a large script bundle; on a busy CI machine that takes longer than
        // a page of ours.
        browser.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        return browser;
    }

    private PhoneBrowser(int width, int height, String acceptLanguages, String... extraArguments) {
        try {
            profile = Files.createTempDirectory("chromium-it");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        if (acceptLanguages != null) {
            options.addArguments("--lang=" + acceptLanguages.split(",")[0]);
            options.setExperimentalOption(
                    "prefs", java.util.Map.of("intl.accept_languages", acceptLanguages));
        }
        var service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new java.io.File(
                                        System.getProperty(
                                                "it.chromedriver", "/usr/bin/chromedriver")))
                        .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves a PNG under target/screenshots for people to look at; not an assertion. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
