package com.tariffbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandColoursTest {

    private static BrandColours configured(Map<String, String> settings) {
        return new BrandColours(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void contrastFollowsWcagFromBlackOnWhiteToSameOnSame() {
        assertThat(ContrastRatio.of("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(ContrastRatio.of("#fff", "#ffffff")).isCloseTo(1.0, within(0.001));
        // #767676 on white is the well-known lightest AA grey (4.54:1).
        assertThat(ContrastRatio.of("#767676", "#fff")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void theBuiltInPaletteNeedsNoWarning() {
        assertThat(configured(Map.of()).warnings()).isEmpty();
    }

    @Test
    void aTextColourTooPaleForItsBackgroundIsWarnedAboutByItsKey() {
        var colours =
                configured(
                        Map.of(
                                "tariffbridge.provider.colour.brand", "#ffd700",
                                "tariffbridge.provider.colour.on-brand", "#ffffff"));
        assertThat(colours.warnings())
                .singleElement()
                .asString()
                .contains("tariffbridge.provider.colour.on-brand #ffffff")
                .contains("tariffbridge.provider.colour.brand #ffd700")
                .contains("below WCAG AA 4.5:1");
    }

    @Test
    void theProvidersColoursReachTheStylesheet() {
        var colours =
                configured(
                        Map.of(
                                "tariffbridge.provider.colour.brand", "#1d3557",
                                "tariffbridge.provider.colour.text", "#111"));
        assertThat(colours.warnings()).isEmpty();
        assertThat(colours.stylesheet())
                .contains("--brand: #1d3557;")
                .contains("--ink: #111;")
                .contains("--card: #ffffff;");
    }

    @Test
    void aValueThatIsNotAHexColourNeverReachesTheStylesheet() {
        var colours =
                configured(Map.of("tariffbridge.provider.colour.card", "red;} body{display:none"));
        assertThat(colours.warnings())
                .singleElement()
                .asString()
                .contains("tariffbridge.provider.colour.card is not a hex colour");
        assertThat(colours.stylesheet()).contains("--card: #ffffff;").doesNotContain("display");
    }
}
