package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.flatpeak.ConnectToken;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's logs, as an ops person or a log shipper sees them after real traffic. */
class LogHygieneIT {

    private static final Path LOGS =
            Path.of(
                            System.getProperty(
                                    "it.server-dir", "target/liberty/wlp/usr/servers/tariffbridge"))
                    .resolve("logs");

    @Test
    void noIssuedTokenAndNoPasswordAppearsInAnyLogAfterAConsentAPollARefreshAndARevocation() {
        var customer = DemoCustomersOverHttp.create();
        var authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        String tariffUrl = authData.getString("tariff_url");
        assertThat(
                        FlatPeakPoller.pollWith(tariffUrl, authData.getString("access_token"))
                                .statusCode())
                .isEqualTo(200);
        var refreshed = FlatPeakPoller.refresh(authData.getString("refresh_token"));
        assertThat(refreshed.statusCode()).isEqualTo(200);
        var rotated = SandboxFlatPeak.json(refreshed.body());
        assertThat(FlatPeakPoller.revoke(rotated.getString("access_token")).statusCode())
                .isEqualTo(200);
        assertThat(
                        FlatPeakPoller.pollWith(tariffUrl, rotated.getString("access_token"))
                                .statusCode())
                .isEqualTo(401);

        var secrets =
                Map.of(
                        "first access token", authData.getString("access_token"),
                        "first refresh token", authData.getString("refresh_token"),
                        "rotated access token", rotated.getString("access_token"),
                        "rotated refresh token", rotated.getString("refresh_token"),
                        "customer password", customer.password(),
                        "admin password", "admin-demo-pass",
                        "FlatPeak API password", "sandbox-provider-secret",
                        "FlatPeak client secret", "sandbox-secret");
        List<Path> files = logFiles();
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .contains("messages.log", "console.log");
        for (Path file : files) {
            String text = read(file);
            secrets.forEach(
                    (what, secret) ->
                            assertThat(text).as(what + " in " + file).doesNotContain(secret));
        }
    }

    @Test
    void connectTokensAreLoggedOnlyAsFingerprints() throws InterruptedException {
        String refused =
                SandboxFlatPeak.mintToken("{\"connect_web_uri\":\"https://evil.example/steal\"}")
                        .getString("connect_token");
        assertThat(open("/connect?connect_token=" + refused)).isEqualTo(400);
        String unanswered = SandboxFlatPeak.mintToken().getString("connect_token");
        SandboxFlatPeak.outage(Duration.ofSeconds(30));
        try {
            assertThat(open("/connect?connect_token=" + unanswered)).isEqualTo(503);
        } finally {
            SandboxFlatPeak.endOutage();
        }

        // Both refusals are logged, by fingerprint: ops can still match a log line to a token.
        awaitInMessagesLog(new ConnectToken(refused).fingerprint());
        awaitInMessagesLog(new ConnectToken(unanswered).fingerprint());
        for (Path file : logFiles()) {
            String text = read(file);
            assertThat(text).as("refused connect token in " + file).doesNotContain(refused);
            assertThat(text)
                    .as("connect token during an outage in " + file)
                    .doesNotContain(unanswered);
        }
    }

    private static int open(String path) {
        return ItServer.send(ItServer.request(path).GET().build()).statusCode();
    }

    private static void awaitInMessagesLog(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!read(LOGS.resolve("messages.log")).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(text + " never appeared in messages.log");
            }
            Thread.sleep(200);
        }
    }

    @Test
    void consoleLogIsOneJsonObjectPerLineWhenTheServerAsksForJson() {
        List<String> lines =
                read(LOGS.resolve("console.log")).lines().filter(l -> !l.isBlank()).toList();
        // The first lines come before the server read its configuration; everything after is JSON.
        String last = lines.get(lines.size() - 1);
        var json = SandboxFlatPeak.json(last);
        assertThat(json.getString("type")).startsWith("liberty_");
        assertThat(json.containsKey("ibm_datetime")).isTrue();
        assertThat(
                        lines.stream()
                                .filter(l -> l.startsWith("{\"type\":\"liberty_message\""))
                                .count())
                .isGreaterThan(10);
    }

    private static List<Path> logFiles() {
        try (var walk = Files.walk(LOGS)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
