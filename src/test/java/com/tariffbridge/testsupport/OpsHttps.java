package com.tariffbridge.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private static final HttpClient HTTPS;

    static {
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        try {
            var context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustingManager()}, new SecureRandom());
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
        var request =
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .timeout(Duration.ofSeconds(30))
                        .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTPS.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code /metrics} read as the dev server's staff administrator. */
    public static String metrics() {
        var response = get("/metrics", AdminApi.basic(AdminApi.USER, AdminApi.PASSWORD));
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
