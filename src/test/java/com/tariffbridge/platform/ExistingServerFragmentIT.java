package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Providers deploy the WAR into Liberty servers they already run. This creates a fresh server
 * from the same runtime (its own user directory, the runtime's microProfile7 template, other
 * ports), adds only docs/liberty/tariff-bridge-fragment.xml, the WAR and the H2 driver, configures
 * it through environment variables as an orchestrator would, and walks the connect flow and a
 * tariff poll against it.
 */
class ExistingServerFragmentIT {

    private static final String SERVER = "existing";

    @Test
    void theFragmentAndTheWarAloneRunTheConnectFlowAndTheTariffApiInAFreshServer() throws Exception {
        Path wlp = Path.of(System.getProperty("arquillian.wlp.home", "target/liberty/wlp")).toAbsolutePath();
        Path work = Path.of("target/existing-server").toAbsolutePath();
        deleteTree(work);
        Path usr = work.resolve("usr");
        Path server = usr.resolve("servers").resolve(SERVER);
        int httpPort = freePort();
        int httpsPort = freePort();
        String baseUrl = "http://localhost:" + httpPort;
        var env = Map.of("WLP_USER_DIR", usr.toString(),
                "JVM_ARGS", "-Xmx384m",
                "TARIFFBRIDGE_DB_URL", "jdbc:h2:" + work.resolve("db/tariffbridge") + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE",
                "TARIFFBRIDGE_DB_USER", "sa",
                "TARIFFBRIDGE_PUBLIC_URL", baseUrl,
                "SANDBOX_ENABLED", "true",
                "DEMO_SEED", "false");

        run(wlp, env, "create", SERVER, "--template=microProfile7");
        // The existing server's own business: its ports.
        Path serverXml = server.resolve("server.xml");
        Files.writeString(serverXml, Files.readString(serverXml)
                .replace("\"9080\"", "\"" + httpPort + "\"").replace("\"9443\"", "\"" + httpsPort + "\""));
        Files.createDirectories(server.resolve("configDropins/overrides"));
        Files.copy(Path.of("docs/liberty/tariff-bridge-fragment.xml"),
                server.resolve("configDropins/overrides/tariff-bridge.xml"));
        Files.createDirectories(server.resolve("apps"));
        Files.copy(Path.of("target/tariff-bridge.war"), server.resolve("apps/tariff-bridge.war"));
        Path drivers = Files.createDirectories(usr.resolve("shared/resources/jdbc"));
        try (var jars = Files.list(Path.of(System.getProperty("it.server-dir")).resolve("lib/jdbc"))) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith("h2-")).toList()) {
                Files.copy(jar, drivers.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        run(wlp, env, "start", SERVER);
        try (var other = ItServer.against(baseUrl)) {
            awaitReady(baseUrl, server);
            var customer = DemoCustomersOverHttp.create();
            var authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
            assertThat(authData.getString("tariff_url")).startsWith(baseUrl);
            var poll = FlatPeakPoller.pollWith(authData.getString("tariff_url"), authData.getString("access_token"));
            assertThat(poll.statusCode()).as(poll.body()).isEqualTo(200);
            assertThat(SandboxFlatPeak.json(poll.body()).getString("supply_point")).isEqualTo(customer.supplyPoint());
            var refreshed = FlatPeakPoller.refresh(authData.getString("refresh_token"));
            assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        } finally {
            run(wlp, env, "stop", SERVER);
        }
    }

    private static void awaitReady(String baseUrl, Path server) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                var ready = ItServer.http().send(HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        Path log = server.resolve("logs/messages.log");
        throw new AssertionError("the fragment server never became ready (" + last + "); messages.log:\n"
                + (Files.exists(log) ? Files.readString(log) : "(none)"));
    }

    private static void run(Path wlp, Map<String, String> env, String... arguments)
            throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of(wlp.resolve("bin/server").toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        var process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("server " + String.join(" ", arguments) + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
