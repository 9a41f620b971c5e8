package com.tariffbridge.flatpeak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the browser may be sent back to. A {@code connect_web_uri} is followed only when its
 * scheme, host and port equal one configured origin exactly; no user info, no fragments, no
 * look-alike hosts, and no {@code connect_token} of its own: the browser must carry exactly one.
 */
@ApplicationScoped
public class RedirectAllowList {

    private static final String CONNECT_TOKEN = "connect_token";

    private List<Origin> allowed;

    @Inject
    public RedirectAllowList(
            @ConfigProperty(name = "flatpeak.redirect.allowed-hosts") List<String> origins) {
        this.allowed =
                origins.stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .map(RedirectAllowList::origin)
                        .flatMap(Optional::stream)
                        .toList();
    }

    protected RedirectAllowList() {}

    /** The URI with {@code connect_token} appended, when the URI is allowed. */
    public Optional<URI> returnUri(String connectWebUri, ConnectToken token) {
        URI uri;
        try {
            uri = new URI(connectWebUri);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.empty();
        }
        var origin = origin(uri);
        if (origin.isEmpty()
                || !allowed.contains(origin.get())
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null
                || hasConnectTokenParameter(uri.getRawQuery())) {
            return Optional.empty();
        }
        String base = uri.toString();
        String separator = uri.getRawQuery() == null ? "?" : "&";
        return Optional.of(URI.create(base + separator + CONNECT_TOKEN + "=" + token.value()));
    }

    /**
     * Any case, percent-encoded or not, with or without a value; {@code ;} separates too for
     * lenient parsers.
     */
    private static boolean hasConnectTokenParameter(String rawQuery) {
        if (rawQuery == null) {
            return false;
        }
        for (String parameter : rawQuery.split("[&;]")) {
            String rawName = parameter.split("=", 2)[0];
            if (URLDecoder.decode(rawName, StandardCharsets.UTF_8)
                    .equalsIgnoreCase(CONNECT_TOKEN)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Origin> origin(String text) {
        try {
            return origin(new URI(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<Origin> origin(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null || uri.isOpaque()) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.empty();
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return Optional.of(new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
    }

    private record Origin(String scheme, String host, int port) {
        Origin {
            Objects.requireNonNull(host);
        }
    }
}
