package com.tariffbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AccountOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Oversized request bodies are refused without being read, over raw HTTP/1.1 so the test controls
 * exactly what is sent: a 200 MB Content-Length with only the first kilobyte behind it must be
 * answered at once, and a chunked body is cut off just past the limit.
 */
class RequestBodyLimitIT {

    private static final int LIMIT = 65536;
    private static final String FORM = "application/x-www-form-urlencoded";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/oauth/token",
                "/oauth/revoke",
                "/account/sign-in.xhtml",
                "/connect/login.xhtml"
            })
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyArrives(String path) throws IOException {
        String response =
                exchange(
                        head(path, "Content-Length: " + 200L * 1024 * 1024),
                        ("token=" + "a".repeat(1000)).getBytes(StandardCharsets.US_ASCII));

        assertRefused(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oauth/token", "/oauth/revoke", "/account/sign-in.xhtml"})
    void aChunkedBodyIsCutOffJustPastTheLimit(String path) throws IOException {
        var chunks = new ByteArrayOutputStream();
        byte[] chunk = ("token=" + "a".repeat(4090)).getBytes(StandardCharsets.US_ASCII);
        for (int sent = 0; sent <= LIMIT + chunk.length; sent += chunk.length) {
            chunks.writeBytes(
                    (Integer.toHexString(chunk.length) + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            chunks.writeBytes(chunk);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        String response = exchange(head(path, "Transfer-Encoding: chunked"), chunks.toByteArray());

        assertRefused(response);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsStillRead() {
        byte[] form =
                FlatPeakPoller.form(
                                Map.of(
                                        "grant_type",
                                        "refresh_token",
                                        "refresh_token",
                                        "tbrt_unknown"))
                        .getBytes(StandardCharsets.UTF_8);
        var response =
                ItServer.send(
                        ItServer.request("/oauth/token")
                                .header("Content-Type", FORM)
                                .header(
                                        "Authorization",
                                        FlatPeakPoller.basic(
                                                FlatPeakPoller.CLIENT_ID,
                                                FlatPeakPoller.CLIENT_SECRET))
                                // a stream of unknown length goes out chunked
                                .POST(
                                        HttpRequest.BodyPublishers.ofInputStream(
                                                () -> new ByteArrayInputStream(form)))
                                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(response.body()).getString("error"))
                .isEqualTo("invalid_grant");
    }

    @Test
    void aChunkedFormWithinTheLimitReachesThePageWithItsFields() {
        var client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        var page = ItServer.send(client, ItServer.request("/account/sign-in.xhtml").GET().build());
        byte[] form =
                FlatPeakPoller.form(
                                Map.of(
                                        "signin", "signin",
                                        "signin:email",
                                                "nobody-" + System.nanoTime() + "@example.test",
                                        "signin:password", "wrong",
                                        "signin:signIn", "Sign in",
                                        "jakarta.faces.ViewState", AccountOverHttp.viewState(page)))
                        .getBytes(StandardCharsets.UTF_8);

        var answer =
                ItServer.send(
                        client,
                        ItServer.request("/account/sign-in.xhtml")
                                .header("Content-Type", FORM)
                                .POST(
                                        HttpRequest.BodyPublishers.ofInputStream(
                                                () -> new ByteArrayInputStream(form)))
                                .build());

        // the sign-in ran with the posted fields: its answer, not a fresh form
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("don't match");
    }

    private static void assertRefused(String response) {
        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response.toLowerCase(java.util.Locale.ROOT))
                .contains("content-type: application/problem+json");
        assertThat(response).contains("\"code\":\"request_too_large\"");
    }

    private static String head(String path, String lengthHeader) {
        URI base = URI.create(ItServer.baseUrl());
        return "POST "
                + base.getPath()
                + path
                + " HTTP/1.1\r\nHost: "
                + base.getHost()
                + ":"
                + base.getPort()
                + "\r\nContent-Type: "
                + FORM
                + "\r\nAuthorization: "
                + FlatPeakPoller.basic(FlatPeakPoller.CLIENT_ID, FlatPeakPoller.CLIENT_SECRET)
                + "\r\n"
                + lengthHeader
                + "\r\nConnection: close\r\n\r\n";
    }

    /**
     * Sends the head and as much of the body as the server takes, then reads the answer; a server
     * that waits for the rest of a declared body times the read out and fails the test.
     */
    private static String exchange(String head, byte[] body) throws IOException {
        URI base = URI.create(ItServer.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server answered and closed before taking the whole body: what we want
            }
            return readAnswer(socket.getInputStream());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        var answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        try {
            while ((read = in.read(buffer)) != -1) {
                answer.write(buffer, 0, read);
                String text = answer.toString(StandardCharsets.UTF_8);
                if (text.contains("\r\n\r\n") && text.endsWith("}")) {
                    break;
                }
            }
        } catch (java.net.SocketException reset) {
            // a reset after the answer arrived
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
