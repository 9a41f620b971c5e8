package com.tariffbridge.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageBundlesTest {

    private static Properties builtIn(String file) throws IOException {
        var texts = new Properties();
        try (InputStream in =
                MessageBundlesTest.class.getResourceAsStream(
                        "/com/tariffbridge/platform/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyBuiltInLanguageHasExactlyTheKeysOfTheEnglishBundle() throws IOException {
        var english = builtIn("messages.properties").stringPropertyNames();
        for (Locale language : MessageBundles.BUILT_IN) {
            if (language.equals(Locale.ENGLISH)) {
                continue;
            }
            var other =
                    builtIn("messages_" + language.getLanguage() + ".properties")
                            .stringPropertyNames();
            assertThat(other).as(language + " keys").containsExactlyInAnyOrderElementsOf(english);
        }
    }

    /** MessageFormat eats a lone apostrophe; a text with placeholders must write it doubled. */
    @Test
    void textsWithPlaceholdersDoubleTheirApostrophes() throws IOException {
        var lone = Pattern.compile("(?<!')'(?!')");
        for (Locale language : MessageBundles.BUILT_IN) {
            String file =
                    language.equals(Locale.ENGLISH)
                            ? "messages.properties"
                            : "messages_" + language.getLanguage() + ".properties";
            var texts = builtIn(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0")) {
                    assertThat(lone.matcher(text).find()).as(file + " " + key).isFalse();
                }
            }
        }
    }

    @Test
    void germanTextsFillTheirPlaceholders() {
        var bundles = new MessageBundles(Optional.empty());
        assertThat(bundles.text(Locale.GERMAN, "login.locked", 15L, "ACME"))
                .isEqualTo(
                        "Zu viele fehlgeschlagene Versuche. Dieses Konto ist für 15 Minuten"
                                + " gesperrt. Sie können abbrechen und zu ACME zurückkehren.");
        assertThat(bundles.text(Locale.ENGLISH, "supply.noContract.lead", "ACME"))
                .startsWith("We couldn't find");
        assertThat(bundles.text(Locale.ENGLISH, "connections.revokedAll", 1))
                .isEqualTo("Done. 1 app can no longer read your tariff.");
        assertThat(bundles.text(Locale.ENGLISH, "connections.revokedAll", 2))
                .isEqualTo("Done. 2 apps can no longer read your tariff.");
    }

    @Test
    void aServerInAnotherDefaultLocaleStillFallsBackToEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            var bundles = new MessageBundles(Optional.empty());
            assertThat(bundles.text(Locale.FRENCH, "login.signIn")).isEqualTo("Sign in");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aProviderFileChangesOneTextAndKeepsTheRest(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("messages_de.properties"),
                "login.signIn=Einloggen\n",
                StandardCharsets.UTF_8);
        var bundles = new MessageBundles(Optional.of(dir.toString()));
        assertThat(bundles.text(Locale.GERMAN, "login.signIn")).isEqualTo("Einloggen");
        assertThat(bundles.text(Locale.GERMAN, "login.cancel")).isEqualTo("Abbrechen");
        assertThat(bundles.text(Locale.ENGLISH, "login.signIn")).isEqualTo("Sign in");
    }

    @Test
    void aProviderFileAddsALanguageThatFallsBackToEnglishWhereItIsSilent(@TempDir Path dir)
            throws IOException {
        Files.writeString(
                dir.resolve("messages_fr.properties"),
                "login.signIn=Se connecter\n",
                StandardCharsets.UTF_8);
        var bundles = new MessageBundles(Optional.of(dir.toString()));
        assertThat(bundles.languages())
                .containsExactly(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);
        assertThat(bundles.text(Locale.FRENCH, "login.signIn")).isEqualTo("Se connecter");
        assertThat(bundles.text(Locale.FRENCH, "login.cancel")).isEqualTo("Cancel");
    }
}
