package com.tariffbridge.admin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which staff changes a browser may have been tricked into sending. A page on another site can make
 * a staff member's browser POST a form to us, and the browser adds the Basic credentials it cached
 * or the staff session cookie: the page cannot read the answer, but the change happens. Browsers
 * name the sending site in {@code Origin} and {@code Sec-Fetch-Site}; and a form can send neither a
 * JSON body nor a custom header, since both need a CORS preflight that this server never answers.
 */
public final class CrossSiteRequests {

    /** The header a script sends with a change (any value) when it sends no JSON body. */
    public static final String REQUESTED_BY = "X-Requested-By";

    public static final String PROBLEM_CODE = "cross_site_request";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    // "none": the staff member typed the address or used a bookmark, no page sent it
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    private CrossSiteRequests() {}

    public static boolean changesState(String method) {
        return method == null || !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * Empty when nothing says another site sent the request, else why we think one did. A request
     * without either header (a script, an old browser) passes here; the second check catches it.
     *
     * @param host the request's {@code Host} header: the address the browser sent the request to
     * @param publicUrl {@code tariffbridge.public-url}, which a proxy in front may not pass as Host
     */
    public static Optional<String> fromAnotherSite(
            String origin, String fetchSite, String host, String publicUrl) {
        if (fetchSite != null
                && !OWN_FETCH_SITES.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(
                    "The browser says another site sent this request (Sec-Fetch-Site: "
                            + printable(fetchSite)
                            + "); staff changes are taken only from this server's pages and from scripts.");
        }
        if (origin != null && !sameOrigin(origin, host, publicUrl)) {
            return Optional.of(
                    "This request came from another site (Origin: "
                            + printable(origin)
                            + "); staff changes are taken only from this server's pages and from scripts.");
        }
        return Optional.empty();
    }

    /**
     * Whether the sender is a script: it sent a JSON body or {@value #REQUESTED_BY}, neither of
     * which an HTML form on another site can send.
     */
    public static boolean sentByScript(String contentType, String requestedBy) {
        if (requestedBy != null && !requestedBy.isBlank()) {
            return true;
        }
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json")
                || (type.startsWith("application/") && type.endsWith("+json"));
    }

    public static String scriptHeaderMissing() {
        return "A change through the staff API needs a JSON body (Content-Type: application/json) or an "
                + REQUESTED_BY
                + " header (any value), which a form on another site cannot send.";
    }

    private static boolean sameOrigin(String origin, String host, String publicUrl) {
        String scheme = origin.strip().split(":", 2)[0].toLowerCase(Locale.ROOT);
        Optional<Endpoint> sender = Endpoint.of(origin.strip());
        if (sender.isEmpty()) {
            // "null" (a sandboxed frame, a redirect across sites) or garbage: not one of our pages
            return false;
        }
        if (publicUrl != null && Endpoint.of(publicUrl).equals(sender)) {
            return true;
        }
        // The Host header names where the browser sent the request; behind a proxy that ends TLS
        // the request's scheme differs, so host and port are compared, the sender's scheme only
        // filling in a port the Host header leaves out.
        return host != null && Endpoint.of(scheme + "://" + host.strip()).equals(sender);
    }

    private static String printable(String value) {
        String cut = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }

    /** Host and port of an origin or URL, the scheme's default port filled in. */
    private record Endpoint(String host, int port) {

        static Optional<Endpoint> of(String url) {
            try {
                URI uri = new URI(url);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    return Optional.empty();
                }
                int port = uri.getPort();
                if (port == -1) {
                    port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
                }
                return Optional.of(new Endpoint(uri.getHost().toLowerCase(Locale.ROOT), port));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }
    }
}
