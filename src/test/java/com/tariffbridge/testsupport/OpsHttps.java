package com.tariffbridge.testsupport;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The server's HTTPS port (/metrics, admin center), whose certificate Liberty generated and signed
 * itself: this client trusts it without checking, which only a test may do.
 */
public final class OpsHttps {

    /** The dev server's Liberty administrator (admin center, REST connector): not staff. */
    public static final String SERVER_ADMIN = "server-admin";

    public static final String SERVER_ADMIN_PASSWORD = "server-admin-demo-pass";

    /** The dev server's metrics scraper: Liberty's reader-role, nothing else. */
    public static final String METRICS_USER = "metrics";

    public static final String METRICS_PASSWORD = "metrics-demo-pass";

    private static final SSLContext TRUSTING;
    private static final HttpClient HTTPS;

    static {
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        try {
            var context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustingManager()}, new SecureRandom());
            TRUSTING = context;
            HTTPS =
                    HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .sslContext(context)
                            .connectTimeout(Duration.ofSeconds(5))
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
        } catch (java.security.GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private OpsHttps() {}

    public static String baseUrl() {
        return System.getProperty("it.https-url", "https://localhost:9443");
    }

    /** GET on the HTTPS port; {@code authorization} may be null. */
    public static HttpResponse<String> get(String path, String authorization) {
        return get(baseUrl(), path, authorization);
    }

    /** GET on another server's HTTPS address ({@code https://host:port}). */
    public static HttpResponse<String> get(String httpsUrl, String path, String authorization) {
        var request =
                HttpRequest.newBuilder(URI.create(httpsUrl + path))
                        .timeout(Duration.ofSeconds(30))
                        .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(HTTPS, request.build());
    }

    /** A request of any method on the HTTPS port. */
    public static HttpResponse<String> send(HttpRequest request) {
        return send(HTTPS, request);
    }

    /**
     * Signs in to the admin center's form as {@code user} (its login page sets a CSRF cookie that
     * the form must echo) and answers what {@code /adminCenter/} then serves that user: 200 and the
     * toolbox for an administrator. The sign-in itself must be accepted (a name and password the
     * registry knows), so a refusal is the role's, not the form's.
     */
    public static HttpResponse<String> adminCenterAs(
            String httpsUrl, String user, String password) {
        var client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .sslContext(TRUSTING)
                        .cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(5))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        var home = URI.create(httpsUrl + "/adminCenter/");
        var first = send(client, HttpRequest.newBuilder(home).GET().build());
        if (first.statusCode() == 404) {
            return first;
        }
        // The login page sets the CSRF cookie its form echoes.
        send(
                client,
                HttpRequest.newBuilder(URI.create(httpsUrl + "/adminCenter/login.jsp"))
                        .GET()
                        .build());
        String csrf =
                ((CookieManager) client.cookieHandler().orElseThrow())
                        .getCookieStore().getCookies().stream()
                                .filter(cookie -> cookie.getName().equals("csrfToken"))
                                .map(HttpCookie::getValue)
                                .findFirst()
                                .orElse("");
        String form =
                "j_username="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + "&X-CSRF-Token="
                        + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        var login =
                send(
                        client,
                        HttpRequest.newBuilder(
                                        URI.create(httpsUrl + "/adminCenter/j_security_check"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build());
        if (login.statusCode() != 302) {
            // A refused form (say, no CSRF token) would make every user look forbidden.
            throw new IllegalStateException(
                    "the admin center's sign-in answered " + login.statusCode());
        }
        return send(client, HttpRequest.newBuilder(home).GET().build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code /metrics} read as the dev server's metrics account, as Prometheus would. */
    public static String metrics() {
        var response = get("/metrics", AdminApi.basic(METRICS_USER, METRICS_PASSWORD));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/metrics answered " + response.statusCode());
        }
        return response.body();
    }

    private static final class TrustingManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
