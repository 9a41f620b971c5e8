package com.tariffbridge.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer-facing texts: the bundles built into the WAR (English root, German), overlaid by the
 * provider's own files in {@code tariffbridge.messages.dir} when that is set. Read once per server
 * start, so a changed file shows after a restart, without a rebuild.
 */
@ApplicationScoped
public class MessageBundles {

    static final String BASE_NAME = "com.tariffbridge.platform.i18n.messages";
    static final List<Locale> BUILT_IN = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final Pattern PROVIDER_FILE =
            Pattern.compile("messages_([a-z]{2,3})\\.properties");
    private static final Logger LOG = Logger.getLogger(MessageBundles.class.getName());

    private final BundleLookup lookup;
    private final List<Locale> languages;
    private final Map<Locale, ResourceBundle> loaded = new ConcurrentHashMap<>();

    @Inject
    public MessageBundles(
            @ConfigProperty(name = "tariffbridge.messages.dir") Optional<String> directory) {
        Optional<Path> dir = directory.filter(d -> !d.isBlank()).map(Path::of);
        this.lookup = new BundleLookup(dir);
        this.languages = languages(dir);
    }

    protected MessageBundles() {
        this.lookup = null;
        this.languages = List.of();
    }

    /** The languages a customer can read the pages in: the built-in ones and the provider's. */
    public List<Locale> languages() {
        return languages;
    }

    /**
     * The language to write to someone whose recorded language is {@code tag} (a BCP 47 tag, such
     * as a customer's): the offered language of that name, else English (none recorded, or one we
     * have no texts for).
     */
    public Locale readableIn(String tag) {
        if (tag == null || tag.isBlank()) {
            return Locale.ENGLISH;
        }
        String wanted = Locale.forLanguageTag(tag.strip()).getLanguage();
        return languages.stream()
                .filter(l -> !wanted.isEmpty() && l.getLanguage().equals(wanted))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    public ResourceBundle bundle(Locale locale) {
        return loaded.computeIfAbsent(
                locale,
                l -> ResourceBundle.getBundle(BASE_NAME, l, getClass().getClassLoader(), lookup));
    }

    /**
     * The text of {@code key}, with {@code args} placed by {@link MessageFormat} for the locale.
     */
    public String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "No message for key " + key);
            return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static List<Locale> languages(Optional<Path> dir) {
        var all = new ArrayList<>(BUILT_IN);
        if (dir.isPresent() && Files.isDirectory(dir.get())) {
            try (var files = Files.list(dir.get())) {
                files.map(f -> PROVIDER_FILE.matcher(f.getFileName().toString()))
                        .filter(java.util.regex.Matcher::matches)
                        .map(m -> Locale.forLanguageTag(m.group(1)))
                        .filter(l -> !all.contains(l))
                        .sorted(java.util.Comparator.comparing(Locale::getLanguage))
                        .forEach(all::add);
            } catch (IOException e) {
                LOG.warning(() -> "Cannot list tariffbridge.messages.dir " + dir.get() + ": " + e);
            }
        } else if (dir.isPresent()) {
            LOG.warning(() -> "tariffbridge.messages.dir " + dir.get() + " is not a directory");
        }
        return List.copyOf(all);
    }
}
