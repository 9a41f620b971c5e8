package com.tariffbridge.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ITs' SMTP server: GreenMail on a loopback port, in its own JVM that the build starts before
 * Liberty. A small HTTP control port lets tests read what arrived ({@code GET /messages}) and take
 * SMTP down and up again ({@code POST /smtp/stop}, {@code /smtp/start}) to prove retries. It exits
 * when the process that started it (Maven) ends.
 */
public final class MailServerProcess {

    private final int smtpPort;
    private GreenMail greenMail;

    private MailServerProcess(int smtpPort) {
        this.smtpPort = smtpPort;
    }

    public static void main(String[] args) throws IOException {
        var process = new MailServerProcess(Integer.parseInt(args[0]));
        process.startSmtp();
        var control =
                HttpServer.create(
                        new InetSocketAddress(
                                InetAddress.getLoopbackAddress(), Integer.parseInt(args[1])),
                        16);
        control.createContext("/messages", process::messages);
        control.createContext("/smtp/stop", exchange -> process.toggle(exchange, false));
        control.createContext("/smtp/start", exchange -> process.toggle(exchange, true));
        control.start();
        ProcessHandle.current()
                .parent()
                .ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        System.out.println("SMTP on 127.0.0.1:" + args[0] + ", control on 127.0.0.1:" + args[1]);
    }

    private synchronized void startSmtp() {
        greenMail =
                new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    private synchronized void toggle(HttpExchange exchange, boolean up) throws IOException {
        if (up && greenMail == null) {
            startSmtp();
        } else if (!up && greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
        answer(exchange, 200, "{\"smtp\":\"" + (up ? "up" : "down") + "\"}");
    }

    /**
     * Every message received since this SMTP server last started: recipients, subject, both parts.
     */
    private synchronized void messages(HttpExchange exchange) throws IOException {
        JsonArrayBuilder list = Json.createArrayBuilder();
        try {
            MimeMessage[] received =
                    greenMail == null ? new MimeMessage[0] : greenMail.getReceivedMessages();
            for (MimeMessage message : received) {
                var json =
                        Json.createObjectBuilder()
                                .add("message_id", String.valueOf(message.getMessageID()))
                                .add("from", Arrays.toString(message.getFrom()))
                                .add(
                                        "to",
                                        Arrays.toString(
                                                message.getRecipients(Message.RecipientType.TO)))
                                .add("subject", message.getSubject())
                                .add("content_type", message.getContentType());
                if (message.getContent() instanceof MimeMultipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart part = multipart.getBodyPart(i);
                        json.add(
                                part.isMimeType("text/html") ? "html" : "text",
                                String.valueOf(part.getContent()));
                    }
                } else {
                    json.add("text", GreenMailUtil.getBody(message));
                }
                list.add(json);
            }
        } catch (MessagingException e) {
            answer(exchange, 500, "{\"error\":\"" + e.getMessage() + "\"}");
            return;
        }
        answer(exchange, 200, list.build().toString());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
