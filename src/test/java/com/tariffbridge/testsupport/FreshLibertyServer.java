package com.tariffbridge.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Liberty server made the way a provider makes one: {@code bin/server create} from the runtime
 * the build unpacked (its own user directory, the microProfile7 template, free ports), then only
 * docs/liberty/tariff-bridge-fragment.xml, the WAR and a JDBC driver, configured through
 * environment variables as an orchestrator would. With {@code SANDBOX_ENABLED} it also gets the
 * sandbox WAR, as its FlatPeak and billing.
 */
public final class FreshLibertyServer implements AutoCloseable {

    private final Path wlp;
    private final Path server;
    private final Map<String, String> env;
    private final String baseUrl;
    private final String httpsUrl;
    private boolean started;

    private FreshLibertyServer(
            Path wlp, Path server, Map<String, String> env, String baseUrl, String httpsUrl) {
        this.wlp = wlp;
        this.server = server;
        this.env = env;
        this.baseUrl = baseUrl;
        this.httpsUrl = httpsUrl;
    }

    /**
     * A server laid out as the header of docs/production/server.xml says: that file as server.xml
     * (its ports made free), the fragment and the shared-sessions file beside it (so the database
     * must be PostgreSQL, as in production) and {@code staff-test.xml} with {@code staffRegistry}
     * standing in for the provider's LDAP. The public URL is its HTTPS address and the staff pages
     * keep their production default (HTTPS only); the caller gives the database and anything else
     * in {@code settings}.
     */
    public static FreshLibertyServer createProduction(
            String name, String driverPrefix, Map<String, String> settings, String staffRegistry)
            throws IOException, InterruptedException {
        var fresh = create(name, driverPrefix, settings);
        fresh.env.remove("ADMIN_HTTPS_ONLY");
        fresh.env.put("TARIFFBRIDGE_PUBLIC_URL", fresh.httpsUrl);
        fresh.env.put("STAFF_REGISTRY", "test");
        fresh.env.putIfAbsent("KEYSTORE_PASSWORD", "fresh-server-keystore");
        int httpPort = URI.create(fresh.baseUrl).getPort();
        int httpsPort = URI.create(fresh.httpsUrl).getPort();
        Files.writeString(
                fresh.server.resolve("server.xml"),
                Files.readString(Path.of("docs/production/server.xml"))
                        .replace("\"9080\"", "\"" + httpPort + "\"")
                        .replace("\"9443\"", "\"" + httpsPort + "\""));
        Files.move(
                fresh.server.resolve("configDropins/overrides/tariff-bridge.xml"),
                fresh.server.resolve("tariff-bridge-fragment.xml"));
        Files.copy(
                Path.of("docs/liberty/tariff-bridge-sessions.xml"),
                fresh.server.resolve("tariff-bridge-sessions.xml"));
        fresh.env.putIfAbsent(
                "TARIFFBRIDGE_LTPA_KEYS_FILE", fresh.server.resolve("ltpa.keys").toString());
        fresh.env.putIfAbsent("TARIFFBRIDGE_LTPA_KEYS_PASSWORD", "fresh-server-ltpa-keys");
        Files.writeString(fresh.server.resolve("staff-test.xml"), staffRegistry);
        return fresh;
    }

    /**
     * Creates the server with the fragment, the WAR and the driver whose jar name starts with
     * {@code driverPrefix} ({@code h2-}, {@code postgresql-}); {@code settings} are the environment
     * variables that configure it (database, sandbox, mail ...).
     */
    public static FreshLibertyServer create(
            String name, String driverPrefix, Map<String, String> settings)
            throws IOException, InterruptedException {
        Path wlp = runtime();
        Path usr = freshUserDirectory(name);
        Path server = usr.resolve("servers").resolve(name);
        int httpPort = freePort();
        int httpsPort = freePort();
        String baseUrl = "http://localhost:" + httpPort;
        Map<String, String> env = new HashMap<>(settings);
        env.put("WLP_USER_DIR", usr.toString());
        env.putIfAbsent("JVM_ARGS", "-Xmx384m");
        env.put("TARIFFBRIDGE_PUBLIC_URL", baseUrl);
        // A test server speaks plain HTTP, where a Secure cookie never comes back.
        env.putIfAbsent("TARIFFBRIDGE_SESSION_COOKIE_SECURE", "false");
        // ... and where staff pages cannot be HTTPS only.
        env.putIfAbsent("ADMIN_HTTPS_ONLY", "false");
        if ("true".equals(settings.get("SANDBOX_ENABLED"))) {
            // The WAR has no defaults for these: this server's FlatPeak and billing are its
            // sandbox.
            env.putIfAbsent("FLATPEAK_API_URL", baseUrl + "/sandbox/flatpeak");
            env.putIfAbsent("FLATPEAK_API_USERNAME", "sandbox-provider");
            env.putIfAbsent("FLATPEAK_API_PASSWORD", "sandbox-provider-secret");
            env.putIfAbsent("FLATPEAK_CLIENT_ID", FlatPeakPoller.CLIENT_ID);
            env.putIfAbsent("FLATPEAK_CLIENT_SECRET", FlatPeakPoller.CLIENT_SECRET);
            env.putIfAbsent("BILLING_API_URL", baseUrl + "/sandbox/billing");
            env.putIfAbsent("BILLING_API_KEY", "sandbox-billing-key");
        }
        var fresh =
                new FreshLibertyServer(wlp, server, env, baseUrl, "https://localhost:" + httpsPort);

        fresh.run("create", name, "--template=microProfile7");
        // The existing server's own business: its ports.
        Path serverXml = server.resolve("server.xml");
        Files.writeString(
                serverXml,
                Files.readString(serverXml)
                        .replace("\"9080\"", "\"" + httpPort + "\"")
                        .replace("\"9443\"", "\"" + httpsPort + "\""));
        Files.createDirectories(server.resolve("configDropins/overrides"));
        Files.copy(
                Path.of("docs/liberty/tariff-bridge-fragment.xml"),
                server.resolve("configDropins/overrides/tariff-bridge.xml"));
        Files.createDirectories(server.resolve("apps"));
        Files.copy(Path.of("target/tariff-bridge.war"), server.resolve("apps/tariff-bridge.war"));
        if ("true".equals(settings.get("SANDBOX_ENABLED"))) {
            // A test server's FlatPeak and billing: the sandbox WAR beside the product, as on the
            // dev server; a provider's server never gets it.
            Files.copy(
                    Path.of("target/tariff-bridge-sandbox.war"),
                    server.resolve("apps/tariff-bridge-sandbox.war"));
            Files.writeString(
                    server.resolve("configDropins/overrides/sandbox.xml"),
                    """
                    <server>
                        <webApplication id="tariff-bridge-sandbox" location="tariff-bridge-sandbox.war"
                                        contextRoot="/sandbox" startAfterRef="tariff-bridge">
                            <classloader apiTypeVisibility="+third-party"/>
                        </webApplication>
                        <mpOpenAPI>
                            <excludeApplication>tariff-bridge-sandbox</excludeApplication>
                        </mpOpenAPI>
                    </server>
                    """);
        }
        copyDriver(usr, driverPrefix);
        return fresh;
    }

    /**
     * The sandbox alone on a server of its own (scripts/cluster/sandbox-server.xml, as in the
     * one-machine cluster), so that it outlives the product servers that call it. {@code settings}
     * give its database ({@code TARIFFBRIDGE_DB_*}, PostgreSQL) and where the product is ({@code
     * SANDBOX_PRODUCT_URL}).
     */
    public static FreshLibertyServer createSandbox(String name, Map<String, String> settings)
            throws IOException, InterruptedException {
        Path wlp = runtime();
        Path usr = freshUserDirectory(name);
        Path server = usr.resolve("servers").resolve(name);
        int httpPort = freePort();
        String baseUrl = "http://localhost:" + httpPort;
        Map<String, String> env = new HashMap<>(settings);
        env.put("WLP_USER_DIR", usr.toString());
        env.putIfAbsent("JVM_ARGS", "-Xmx256m");
        env.put("HTTP_PORT", String.valueOf(httpPort));
        env.put("TARIFFBRIDGE_PUBLIC_URL", baseUrl);
        env.put("SANDBOX_ENABLED", "true");
        env.putIfAbsent("DEMO_SEED", "true");
        env.putIfAbsent("FLATPEAK_API_USERNAME", "sandbox-provider");
        env.putIfAbsent("FLATPEAK_API_PASSWORD", "sandbox-provider-secret");
        env.putIfAbsent("FLATPEAK_CLIENT_ID", FlatPeakPoller.CLIENT_ID);
        env.putIfAbsent("FLATPEAK_CLIENT_SECRET", FlatPeakPoller.CLIENT_SECRET);
        env.putIfAbsent("SANDBOX_BILLING_API_KEY", "sandbox-billing-key");
        var fresh = new FreshLibertyServer(wlp, server, env, baseUrl, null); // no HTTPS of its own

        fresh.run("create", name);
        Files.copy(
                Path.of("scripts/cluster/sandbox-server.xml"),
                server.resolve("server.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(server.resolve("apps"));
        Files.copy(
                Path.of("target/tariff-bridge-sandbox.war"),
                server.resolve("apps/tariff-bridge-sandbox.war"));
        copyDriver(usr, "postgresql-");
        return fresh;
    }

    private static Path runtime() {
        return Path.of(System.getProperty("arquillian.wlp.home", "target/liberty/wlp"))
                .toAbsolutePath();
    }

    /** The server's own user directory, emptied: nothing is left from an earlier run. */
    private static Path freshUserDirectory(String name) throws IOException {
        Path usr = Path.of("target/fresh-servers", name).toAbsolutePath();
        deleteTree(usr);
        return usr;
    }

    private static void copyDriver(Path usr, String driverPrefix) throws IOException {
        Path drivers = Files.createDirectories(usr.resolve("shared/resources/jdbc"));
        try (var jars =
                Files.list(Path.of(System.getProperty("it.server-dir")).resolve("lib/jdbc"))) {
            for (Path jar :
                    jars.filter(p -> p.getFileName().toString().startsWith(driverPrefix))
                            .toList()) {
                Files.copy(
                        jar,
                        drivers.resolve(jar.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * The environment of a server on an H2 database of its own under target/fresh-servers, plus
     * {@code more} (name, value, name, value ...).
     */
    public static Map<String, String> onH2(String name, String... more) {
        Path db = Path.of("target/fresh-servers", name + "-db", "tariffbridge").toAbsolutePath();
        Map<String, String> settings = new HashMap<>();
        settings.put(
                "TARIFFBRIDGE_DB_URL", "jdbc:h2:" + db + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE");
        settings.put("TARIFFBRIDGE_DB_USER", "sa");
        for (int i = 0; i + 1 < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return settings;
    }

    /** A basic registry (id {@code staff}) with one user in one group, as configuration XML. */
    public static String registryWith(String user, String password, String group) {
        return """
                <server>
                    <basicRegistry id="staff" realm="staff">
                        <user name="%s" password="%s"/>
                        <group name="%s"><member name="%s"/></group>
                    </basicRegistry>
                </server>
                """
                .formatted(user, password, group, user);
    }

    /**
     * Adds a file to configDropins/overrides, as the provider's own configuration (a registry,
     * say).
     */
    public void addConfig(String fileName, String xml) throws IOException {
        Files.writeString(server.resolve("configDropins/overrides").resolve(fileName), xml);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Sets one more environment variable before the start: for addresses known only once the other
     * servers are created.
     */
    public void setEnvironment(String name, String value) {
        env.put(name, value);
    }

    /** {@code https://localhost:<port>}: the server's HTTPS port. */
    public String httpsUrl() {
        return httpsUrl;
    }

    /** Starts the server and waits until its readiness answers 200. */
    public void start() throws IOException, InterruptedException {
        run("start", server.getFileName().toString());
        started = true;
        awaitReady();
    }

    /**
     * Starts the server and waits until the application has started (its schema migrated), whether
     * or not it is ready; for servers that are meant not to be.
     */
    public void startWithoutReadiness() throws IOException, InterruptedException {
        run("start", server.getFileName().toString());
        started = true;
        await("/health/started");
    }

    /**
     * Starts the server and waits until {@code path} answers 200: for the sandbox, which has no
     * health endpoints.
     */
    public void startAndAwait(String path) throws IOException, InterruptedException {
        run("start", server.getFileName().toString());
        started = true;
        await(path);
    }

    /** Crashes the server as a power cut would: SIGKILL to its JVM, no shutdown hooks. */
    public void kill() throws IOException, InterruptedException {
        Path pidFile = server.getParent().resolve(".pid").resolve(server.getFileName() + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        started = false;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (started) {
            started = false;
            run("stop", server.getFileName().toString());
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        await("/health/ready");
    }

    private void await(String healthPath) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                var ready =
                        ItServer.http()
                                .send(
                                        HttpRequest.newBuilder(URI.create(baseUrl + healthPath))
                                                .timeout(Duration.ofSeconds(10))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
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
        throw new AssertionError(
                "the fresh server "
                        + server.getFileName()
                        + " never answered 200 at "
                        + healthPath
                        + " ("
                        + last
                        + "); messages.log:\n"
                        + (Files.exists(log) ? Files.readString(log) : "(none)"));
    }

    private void run(String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(wlp.resolve("bin/server").toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        var process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(
                    "server " + String.join(" ", arguments) + " failed: " + output);
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
