package com.tariffbridge.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, run in the page the browser shows. The script comes from the npm registry the first
 * time (npm pack into target/axe-core), so a fresh machine with npm needs nothing else; the version
 * is pinned so a new rule never fails a build unannounced.
 */
public final class Axe {

    static final String VERSION = "4.14.1";
    private static final Path HOME = Path.of("target", "axe-core");
    private static String script;

    private Axe() {}

    /** Fails naming each serious or critical violation: rule, impact, elements, help. */
    public static void assertNoSeriousViolations(WebDriver driver, String page) {
        var js = (JavascriptExecutor) driver;
        js.executeScript(script());
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        var violations =
                (List<Map<String, Object>>)
                        js.executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + "axe.run(document, {resultTypes: ['violations']})"
                                        + ".then(function (r) { done(r.violations); })"
                                        + ".catch(function (e) { done([{id: 'axe-error',"
                                        + " impact: 'critical', help: String(e), nodes: []}]); });");
        var serious =
                violations.stream()
                        .filter(
                                v ->
                                        "serious".equals(v.get("impact"))
                                                || "critical".equals(v.get("impact")))
                        .map(Axe::describe)
                        .toList();
        assertThat(serious)
                .as("axe-core %s on %s (%s)", VERSION, page, driver.getCurrentUrl())
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> violation) {
        var nodes = (List<Map<String, Object>>) violation.get("nodes");
        String targets =
                nodes.stream()
                        .map(n -> String.valueOf(n.get("target")))
                        .collect(Collectors.joining(", "));
        return violation.get("id")
                + " ["
                + violation.get("impact")
                + "] "
                + violation.get("help")
                + " at "
                + targets;
    }

    private static synchronized String script() {
        if (script == null) {
            Path file = HOME.resolve("package/axe.min.js");
            if (!Files.exists(file)) {
                unpack();
            }
            try {
                script = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return script;
    }

    private static void unpack() {
        try {
            Files.createDirectories(HOME);
            run("npm", "pack", "axe-core@" + VERSION, "--silent");
            run("tar", "xzf", "axe-core-" + VERSION + ".tgz");
        } catch (IOException e) {
            throw new IllegalStateException("could not fetch axe-core with npm", e);
        }
    }

    private static void run(String... command) throws IOException {
        try {
            var process =
                    new ProcessBuilder(command)
                            .directory(HOME.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
