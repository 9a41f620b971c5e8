package com.tariffbridge.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.platform.i18n.MessageBundles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenewalLetterTest {

    private static final MessageBundles WORDS = new MessageBundles(Optional.empty());

    private static RenewalLetter letterIn(MessageBundles words, String language) {
        return RenewalLetter.write(
                words,
                "Bright Energy",
                "mailto:help@bright.example",
                new Recipient(
                        "alice@example.com",
                        "Alice <Example>",
                        "Home",
                        "1-3 Strand, London WC2N 5EH",
                        language),
                LocalDate.of(2027, 1, 1),
                "https://bright.example/renew",
                "https://bright.example/account/connections");
    }

    private static final RenewalLetter LETTER = letterIn(WORDS, null);
    private static final RenewalLetter GERMAN = letterIn(WORDS, "de");

    @Test
    void subjectNamesTheProviderAndTheEndDay() {
        assertThat(LETTER.subject())
                .isEqualTo(
                        "Your Bright Energy contract ends on 1 Jan 2027: renew to keep your apps"
                                + " connected");
    }

    @Test
    void bothPartsLinkToRenewingAndToTheConnectionsPage() {
        for (RenewalLetter letter : new RenewalLetter[] {LETTER, GERMAN}) {
            for (String part : new String[] {letter.text(), letter.html()}) {
                assertThat(part)
                        .contains("https://bright.example/renew")
                        .contains("https://bright.example/account/connections")
                        .contains("mailto:help@bright.example")
                        .contains("1-3 Strand, London WC2N 5EH");
            }
        }
        assertThat(LETTER.text()).contains("1 Jan 2027");
        assertThat(LETTER.html()).contains("<strong>1 Jan 2027</strong>");
    }

    @Test
    void aCustomerWhoseLanguageIsGermanGetsTheLetterInGerman() {
        assertThat(GERMAN.language()).isEqualTo(Locale.GERMAN);
        assertThat(GERMAN.subject())
                .isEqualTo(
                        "Ihr Vertrag bei Bright Energy endet am 1. Januar 2027: Verlängern Sie"
                                + " ihn, damit Ihre Apps verbunden bleiben");
        assertThat(GERMAN.text())
                .startsWith("Guten Tag Alice <Example>,\n\n")
                .contains(
                        "Ihr Stromvertrag bei Bright Energy für Home (1-3 Strand, London WC2N"
                                + " 5EH) endet am 1. Januar 2027.")
                .doesNotContain("Hello")
                .endsWith("\n\nBright Energy\n");
        assertThat(GERMAN.html())
                .startsWith("<!DOCTYPE html><html lang=\"de\">")
                .contains("<strong>Home</strong>")
                .contains("<strong>1. Januar 2027</strong>")
                .contains(">Vertrag verlängern</a>")
                .contains(">Bright Energy kontaktieren</a>");
        assertThat(LETTER.html()).startsWith("<!DOCTYPE html><html lang=\"en\">");
    }

    @Test
    void aLanguageWithoutTextsOrNoneRecordedIsEnglish() {
        for (String language : new String[] {null, "", " ", "fr", "!!"}) {
            var letter = letterIn(WORDS, language);
            assertThat(letter.language()).as(language).isEqualTo(Locale.ENGLISH);
            assertThat(letter.subject()).isEqualTo(LETTER.subject());
            assertThat(letter.html()).isEqualTo(LETTER.html());
        }
        assertThat(letterIn(WORDS, "de-CH").language()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void aProvidersOwnTextIsEscapedInTheHtmlPart(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("messages.properties"),
                "reminder.renew.link=Renew & <save>\nreminder.contact=Ask {0} & co\n",
                StandardCharsets.UTF_8);
        var letter = letterIn(new MessageBundles(Optional.of(dir.toString())), null);
        assertThat(letter.html())
                .contains(">Renew &amp; &lt;save&gt;</a>")
                .contains(">Ask Bright Energy &amp; co</a>")
                .doesNotContain("<save>");
    }

    @Test
    void theHtmlPartEscapesWhatCustomersTyped() {
        assertThat(LETTER.html()).contains("Alice &lt;Example&gt;").doesNotContain("<Example>");
        assertThat(LETTER.text()).contains("Hello Alice <Example>,");
    }

    @Test
    void theLetterCarriesNoTokenOrSignInLink() {
        for (String part :
                new String[] {LETTER.text(), LETTER.html(), GERMAN.text(), GERMAN.html()}) {
            assertThat(part.toLowerCase(java.util.Locale.ROOT))
                    .doesNotContain("token")
                    .doesNotContain("password")
                    .doesNotContain("tbat_")
                    .doesNotContain("tbrt_")
                    .doesNotContainPattern("https?://[^\\s\"]*\\?");
        }
    }

    @Test
    void retriesBackOffDoublingUpToAnHour() {
        Duration initial = Duration.ofMinutes(1);
        assertThat(RenewalReminderService.backoff(initial).after(1))
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(RenewalReminderService.backoff(initial).after(3))
                .isEqualTo(Duration.ofMinutes(4));
        assertThat(RenewalReminderService.backoff(initial).after(7)).isEqualTo(Duration.ofHours(1));
        assertThat(RenewalReminderService.backoff(initial).after(60))
                .isEqualTo(Duration.ofHours(1));
    }
}
