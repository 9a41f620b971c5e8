package com.tariffbridge.platform.i18n;

import com.tariffbridge.platform.web.CalendarDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.Set;

/**
 * The texts in the request's language: {@code #{msg['login.title']}} and {@code
 * #{msg.text1('login.heading', provider.name)}} in pages, {@link #text} in backing beans (with
 * placeholders filled by {@link java.text.MessageFormat}).
 */
@Named("msg")
@RequestScoped
public class Messages extends AbstractMap<String, String> {

    @Inject MessageBundles bundles;

    @Inject Languages languages;

    @Inject CalendarDates dates;

    public String text(String key, Object... args) {
        return bundles.text(languages.getCurrent(), key, args);
    }

    /** A calendar day in this language's {@code format.date} pattern. */
    public String date(Instant instant) {
        return dates.format(instant, text("format.date"), languages.getCurrent());
    }

    // Fixed arities for EL, which cannot be relied on to call a varargs method.
    public String text1(String key, Object a) {
        return text(key, a);
    }

    public String text2(String key, Object a, Object b) {
        return text(key, a, b);
    }

    public String text3(String key, Object a, Object b, Object c) {
        return text(key, a, b, c);
    }

    @Override
    public String get(Object key) {
        return text(String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return bundles.bundle(languages.getCurrent()).containsKey(String.valueOf(key));
    }

    /** Not enumerable: EL only looks keys up. */
    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
