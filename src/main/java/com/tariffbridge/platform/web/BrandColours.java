package com.tariffbridge.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The provider's colours from {@code tariffbridge.provider.colour.*}, served as CSS custom
 * properties ({@code /brand.css}) over the built-in palette, so a provider reskins the pages
 * without touching the WAR. Only hex colours are taken: a value goes into a stylesheet, so anything
 * else is refused (with a warning) rather than passed through.
 */
@ApplicationScoped
public class BrandColours {

    static final String PREFIX = "tariffbridge.provider.colour.";
    private static final Logger LOG = Logger.getLogger(BrandColours.class.getName());

    /** Key suffix → CSS property and built-in value (the palette of app.css). */
    private static final Map<String, String[]> PALETTE = new LinkedHashMap<>();

    static {
        PALETTE.put("brand", new String[] {"--brand", "#0b6e4f"});
        PALETTE.put("brand-dark", new String[] {"--brand-dark", "#084c37"});
        PALETTE.put("on-brand", new String[] {"--on-brand", "#ffffff"});
        PALETTE.put("text", new String[] {"--ink", "#1b1f23"});
        PALETTE.put("muted", new String[] {"--muted", "#4a5560"});
        PALETTE.put("background", new String[] {"--bg", "#f3f6f4"});
        PALETTE.put("card", new String[] {"--card", "#ffffff"});
    }

    /** Text colour on background colour, as the stylesheet pairs them. */
    private static final String[][] TEXT_ON = {
        {"text", "card"},
        {"text", "background"},
        {"muted", "card"},
        {"on-brand", "brand"},
        {"brand-dark", "card"}
    };

    private final Map<String, String> colours = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    @Inject
    public BrandColours(Config config) {
        this(key -> config.getOptionalValue(key, String.class));
    }

    BrandColours(Function<String, Optional<String>> settings) {
        PALETTE.forEach(
                (name, css) -> {
                    String key = PREFIX + name;
                    String value = settings.apply(key).map(String::trim).orElse(css[1]);
                    if (!ContrastRatio.isHexColour(value)) {
                        warnings.add(key + " is not a hex colour (#rgb or #rrggbb): " + value);
                        value = css[1];
                    }
                    colours.put(name, value);
                });
        for (String[] pair : TEXT_ON) {
            double ratio = ContrastRatio.of(colours.get(pair[0]), colours.get(pair[1]));
            if (ratio < ContrastRatio.AA_TEXT) {
                warnings.add(
                        String.format(
                                java.util.Locale.ROOT,
                                "%s%s %s on %s%s %s has contrast %.2f:1, below WCAG AA %.1f:1",
                                PREFIX,
                                pair[0],
                                colours.get(pair[0]),
                                PREFIX,
                                pair[1],
                                colours.get(pair[1]),
                                ratio,
                                ContrastRatio.AA_TEXT));
            }
        }
    }

    protected BrandColours() {}

    void logAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        warnings.forEach(LOG::warning);
    }

    /** What is wrong with the configured colours; empty when they are usable and readable. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** {@code :root} with every colour, to follow app.css. */
    public String stylesheet() {
        var css = new StringBuilder(":root {\n");
        colours.forEach(
                (name, value) ->
                        css.append("    ")
                                .append(PALETTE.get(name)[0])
                                .append(": ")
                                .append(value)
                                .append(";\n"));
        return css.append("}\n").toString();
    }
}
