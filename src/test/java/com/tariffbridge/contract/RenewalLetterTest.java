package com.tariffbridge.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RenewalLetterTest {

    private static final RenewalLetter LETTER =
            new RenewalLetter(
                    "Bright Energy",
                    "mailto:help@bright.example",
                    new Recipient(
                            "alice@example.com",
                            "Alice <Example>",
                            "Home",
                            "1-3 Strand, London WC2N 5EH"),
                    LocalDate.of(2027, 1, 1),
                    "https://bright.example/renew",
                    "https://bright.example/account/connections");

    @Test
    void subjectNamesTheProviderAndTheEndDay() {
        assertThat(LETTER.subject()).contains("Bright Energy").contains("1 January 2027");
    }

    @Test
    void bothPartsLinkToRenewingAndToTheConnectionsPage() {
        for (String part : new String[] {LETTER.text(), LETTER.html()}) {
            assertThat(part)
                    .contains("https://bright.example/renew")
                    .contains("https://bright.example/account/connections")
                    .contains("1 January 2027")
                    .contains("1-3 Strand, London WC2N 5EH");
        }
    }

    @Test
    void theHtmlPartEscapesWhatCustomersTyped() {
        assertThat(LETTER.html()).contains("Alice &lt;Example&gt;").doesNotContain("<Example>");
        assertThat(LETTER.text()).contains("Hello Alice <Example>,");
    }

    @Test
    void theLetterCarriesNoTokenOrSignInLink() {
        for (String part : new String[] {LETTER.text(), LETTER.html()}) {
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
