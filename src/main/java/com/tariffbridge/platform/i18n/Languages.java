package com.tariffbridge.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The language of this request: the one the customer picked with the switch ({@code ?lang=de}, kept
 * in the session), else the best of Accept-Language that we have texts for, else English. Picking a
 * language only changes how the page reads: the switch is a plain GET of the same view, so the
 * flow's state and its form tokens are untouched.
 */
@Named("languages")
@RequestScoped
public class Languages {

    static final String SESSION_KEY = "tariffbridge.language";

    @Inject MessageBundles bundles;

    @Inject HttpServletRequest request;

    private Locale current;

    public Locale getCurrent() {
        if (current == null) {
            current = choose();
        }
        return current;
    }

    /** The BCP 47 tag for {@code <html lang>}. */
    public String getTag() {
        return getCurrent().toLanguageTag();
    }

    /** The other languages, each named in itself, for the switch. */
    public List<Language> getOthers() {
        return bundles.languages().stream()
                .filter(l -> !l.getLanguage().equals(getCurrent().getLanguage()))
                .map(
                        l ->
                                new Language(
                                        l.toLanguageTag(),
                                        capitalised(l.getDisplayLanguage(l), l),
                                        switchHref(l.toLanguageTag())))
                .toList();
    }

    /** A language of the switch; {@code href} is relative, so the browser keeps its path. */
    public record Language(String tag, String name, String href) {}

    /**
     * The address the browser is on with {@code lang} set: pages the entry servlet forwards to (the
     * connect link's own address) keep their connect token.
     */
    private String switchHref(String tag) {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.query_string");
        String query = forwarded instanceof String q ? q : request.getQueryString();
        var kept = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("lang=") && !pair.equals("lang")) {
                    kept.append(pair).append('&');
                }
            }
        }
        return "?" + kept + "lang=" + tag;
    }

    private Locale choose() {
        String asked = request.getParameter("lang");
        Locale picked = asked == null ? null : supported(Locale.forLanguageTag(asked));
        if (picked != null) {
            request.getSession().setAttribute(SESSION_KEY, picked.toLanguageTag());
            return picked;
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof String tag) {
            Locale kept = supported(Locale.forLanguageTag(tag));
            if (kept != null) {
                return kept;
            }
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale match = supported(wanted);
            if (match != null) {
                return match;
            }
        }
        return Locale.ENGLISH;
    }

    private Locale supported(Locale wanted) {
        return bundles.languages().stream()
                .filter(l -> !wanted.getLanguage().isEmpty())
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(null);
    }

    private static String capitalised(String name, Locale in) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }
}
