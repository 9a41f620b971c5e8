package com.tariffbridge.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** The Liberty server that {@code mvn verify} started with the application. */
public final class ItServer {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private ItServer() {
    }

    public static String baseUrl() {
        return System.getProperty("it.base-url", "http://localhost:9080");
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
}
