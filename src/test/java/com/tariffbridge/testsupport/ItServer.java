package com.tariffbridge.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** The Liberty server that {@code mvn verify} started with the application. */
public final class ItServer {

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    /**
     * Another server the current test talks to instead (ExistingServerFragmentIT's); null: the
     * usual one.
     */
    private static final ThreadLocal<String> OTHER = new ThreadLocal<>();

    static {
        awaitApplication(Duration.ofSeconds(180));
    }

    private ItServer() {}

    /**
     * liberty:start returns once the server runs, not once the application has started (and it
     * reports success even when the application failed): wait until readiness and the home page
     * answer, or fail every IT with the reason.
     */
    private static void awaitApplication(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                int ready =
                        HTTP.send(
                                        java.net.http.HttpRequest.newBuilder(uri("/health/ready"))
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        java.net.http.HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                int home =
                        HTTP.send(
                                        java.net.http.HttpRequest.newBuilder(uri("/"))
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        java.net.http.HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                if (ready == 200 && home == 200) {
                    return;
                }
                last = "readiness " + ready + ", home page " + home;
            } catch (java.io.IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(
                "the application did not start at " + baseUrl() + ": " + last);
    }

    public static String baseUrl() {
        String other = OTHER.get();
        if (other != null) {
            return other;
        }
        String configured = System.getProperty("it.base-url");
        return configured != null
                ? configured
                : publicUrlInsideTheServer().orElse("http://localhost:9080");
    }

    /**
     * Arquillian runs some ITs inside the server, whose JVM has no {@code it.base-url}; there the
     * application's own public URL (built from the server's http.port) is the address to use.
     */
    private static java.util.Optional<String> publicUrlInsideTheServer() {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("tariffbridge.public-url", String.class);
        } catch (RuntimeException | LinkageError e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Points every test-support call of this thread at another server until the returned handle is
     * closed, so the same flows (ConsentOverHttp, FlatPeakPoller) prove a second deployment.
     */
    public static Redirection against(String otherBaseUrl) {
        OTHER.set(otherBaseUrl);
        return OTHER::remove;
    }

    /** Ends {@link #against}; closing cannot fail. */
    public interface Redirection extends AutoCloseable {
        @Override
        void close();
    }

    public static URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** A request builder with a timeout, so a hung server fails a test instead of the whole run. */
    public static java.net.http.HttpRequest.Builder request(String path) {
        return java.net.http.HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    }

    /** A client that never follows redirects, so tests see every 303 and Location. */
    public static HttpClient http() {
        return HTTP;
    }

    /**
     * Sends a request with the shared client and returns the body as text; I/O trouble fails the
     * test.
     */
    public static java.net.http.HttpResponse<String> send(java.net.http.HttpRequest request) {
        return send(HTTP, request);
    }

    /**
     * Sends with a client of the caller's (its own cookie jar, say); I/O trouble fails the test.
     */
    public static java.net.http.HttpResponse<String> send(
            HttpClient client, java.net.http.HttpRequest request) {
        try {
            return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
