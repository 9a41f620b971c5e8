package com.tariffbridge.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * Finds a bundle as the built-in one overlaid key by key with a provider's file of the same name
 * from the configured directory, so a provider changes one text without copying the rest, or adds a
 * language the WAR does not ship. Falls back to the root (English) bundle, never to the JVM's
 * default locale, so a server set to another language does not change what customers read.
 */
final class BundleLookup extends ResourceBundle.Control {

    private final Optional<Path> providerDirectory;

    BundleLookup(Optional<Path> providerDirectory) {
        this.providerDirectory = providerDirectory;
    }

    @Override
    public List<String> getFormats(String baseName) {
        return FORMAT_PROPERTIES;
    }

    /**
     * The JDK's bundle cache is keyed without the Control, so it would mix up lookups over
     * different directories; {@link MessageBundles} keeps its own.
     */
    @Override
    public long getTimeToLive(String baseName, Locale locale) {
        return TTL_DONT_CACHE;
    }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
        return null;
    }

    @Override
    public ResourceBundle newBundle(
            String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
            throws IOException {
        String bundleName = toBundleName(baseName, locale);
        var texts = new Properties();
        boolean found = false;
        try (InputStream builtIn =
                loader.getResourceAsStream(toResourceName(bundleName, "properties"))) {
            if (builtIn != null) {
                load(texts, builtIn);
                found = true;
            }
        }
        if (providerDirectory.isPresent()) {
            Path file =
                    providerDirectory
                            .get()
                            .resolve(
                                    bundleName.substring(bundleName.lastIndexOf('.') + 1)
                                            + ".properties");
            if (Files.isRegularFile(file)) {
                try (InputStream own = Files.newInputStream(file)) {
                    load(texts, own);
                    found = true;
                }
            }
        }
        return found ? new TextBundle(texts) : null;
    }

    private static void load(Properties into, InputStream in) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            into.load(reader);
        }
    }

    /** A bundle over merged properties; lookups that miss go to the parent (the root bundle). */
    private static final class TextBundle extends ResourceBundle {
        private final Properties texts;

        TextBundle(Properties texts) {
            this.texts = texts;
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.getProperty(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            var keys = new java.util.HashSet<>(texts.stringPropertyNames());
            if (parent != null) {
                keys.addAll(parent.keySet());
            }
            return java.util.Collections.enumeration(keys);
        }
    }
}
