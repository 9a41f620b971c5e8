package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * What a provider installs, read as they would read it: target/tariff-bridge.war, every entry and
 * every entry of the libraries inside it. An IT because the WAR exists only after package.
 */
class ProductWarContentsIT {

    private static final Path PRODUCT = Path.of("target/tariff-bridge.war");
    private static final Path SANDBOX = Path.of("target/tariff-bridge-sandbox.war");

    /** The dev server's credentials, which no provider's server may ever fall back to. */
    private static final List<String> DEV_CREDENTIALS =
            List.of(
                    "sandbox-secret",
                    "sandbox-provider-secret",
                    "sandbox-billing-key",
                    "admin-demo-pass",
                    "server-admin-demo-pass",
                    "metrics-demo-pass",
                    "alice-demo-pass",
                    "bob-demo-pass",
                    "carol-demo-pass");

    @Test
    void theProductWarListsNoSandboxDemoOrBenchEntry() throws IOException {
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(Files.newInputStream(PRODUCT))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }

        assertThat(names)
                .contains("WEB-INF/classes/com/tariffbridge/tariff/rest/ApiApplication.class");
        assertThat(names)
                .noneMatch(
                        name -> {
                            String lower = name.toLowerCase(Locale.ROOT);
                            return lower.contains("sandbox")
                                    || lower.contains("demo")
                                    || lower.contains("bench");
                        });
        assertThat(names).doesNotContain("META-INF/maven/");
        assertThat(names).noneMatch(name -> name.startsWith("META-INF/maven/"));
    }

    @Test
    void noDevCredentialIsAnywhereInTheProductWar() throws IOException {
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(PRODUCT)) {
            scan("", in, found);
        }

        assertThat(found).isEmpty();
    }

    @Test
    void theSandboxWarCarriesItsOwnPagesAndNoneOfTheProductsClasses() throws IOException {
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(Files.newInputStream(SANDBOX))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }

        assertThat(names).contains("index.xhtml", "outcome.xhtml");
        assertThat(names)
                .filteredOn(name -> name.startsWith("WEB-INF/classes/com/") && !name.endsWith("/"))
                .isNotEmpty()
                .allMatch(name -> name.startsWith("WEB-INF/classes/com/tariffbridge/sandbox/"));
        assertThat(names)
                .filteredOn(name -> name.startsWith("WEB-INF/lib/") && !name.endsWith("/"))
                .allMatch(name -> name.startsWith("WEB-INF/lib/jakarta.faces-"));
    }

    private static void scan(String where, InputStream archive, List<String> found)
            throws IOException {
        var zip = new ZipInputStream(archive);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            byte[] bytes = zip.readAllBytes();
            String name = where + entry.getName();
            if (entry.getName().endsWith(".jar")) {
                scan(name + "!/", new ByteArrayInputStream(bytes), found);
                continue;
            }
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String credential : DEV_CREDENTIALS) {
                if (text.contains(credential)) {
                    found.add(name + " holds " + credential);
                }
            }
        }
    }
}
