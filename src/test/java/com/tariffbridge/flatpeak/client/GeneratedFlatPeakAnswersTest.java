package com.tariffbridge.flatpeak.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.tariffbridge.platform.rest.CompleteJsonCheckProbe;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * FlatPeak's JSON answers mutated by a seeded generator (a failure replays): read through the
 * clients' completeness check, each reads as a record, is refused by the check, or fails as a
 * JsonbException (a failed call), and does so at once. Each read is time-bounded, because the
 * reason for the check is a JSON-B read that never returns.
 */
class GeneratedFlatPeakAnswersTest {

    private static final long SEED = 20261202L;
    private static final String SESSION =
            """
            {"connect_token":"cot_0123456789abcdef01234567","direction":"IMPORT","live_mode":false,
             "data":{"accepted_terms":true,
              "account":{"id":"acc_65a1cbe0c0ffee0000000001","display_name":"ACME EV Charging",
               "logo_url":"https://acme.example/logo.svg","privacy_url":"https://acme.example/p",
               "support_url":"https://acme.example/s","terms_url":"https://acme.example/t"},
              "urls":{"redirect_uri":"http://localhost:9080/connect",
               "connect_web_uri":"https://auth.direct.flatpeak.com/return"}}}
            """;
    private static final String[] GARBAGE = {
        "null",
        "[]",
        "{}",
        "\"x\"",
        "1e99",
        "-0",
        "true",
        "{\"a\":",
        "\\u0000",
        "[[[[",
        ",",
        ":",
        "}",
        "]",
        "\"",
        "{\"id\":{\"id\":{}}}"
    };

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final ExecutorService READER =
            Executors.newSingleThreadExecutor(
                    r -> {
                        var thread = new Thread(r, "fuzz-reader");
                        thread.setDaemon(true);
                        return thread;
                    });

    @AfterAll
    static void close() throws Exception {
        READER.shutdownNow();
        JSONB.close();
    }

    @Test
    void everyAnswerTheCheckLetsThroughReadsOrFailsAtOnce() throws Exception {
        var random = new Random(SEED);
        int refusedByTheCheck = 0;
        int read = 0;
        int failed = 0;
        for (int round = 0; round < 1_000; round++) {
            String mutated = mutate(SESSION, random);
            for (Class<?> type : new Class<?>[] {SessionResponse.class, FlatPeakError.class}) {
                var reading =
                        READER.submit(
                                () ->
                                        JSONB.fromJson(
                                                CompleteJsonCheckProbe.checked(
                                                        new ByteArrayInputStream(
                                                                mutated.getBytes(
                                                                        StandardCharsets.UTF_8))),
                                                type));
                try {
                    reading.get(5, TimeUnit.SECONDS);
                    read++;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (refusedByTheCheck(e.getCause())) {
                        refusedByTheCheck++;
                    } else {
                        assertThat(e.getCause()).as(mutated).isInstanceOf(JsonbException.class);
                        failed++;
                    }
                } catch (TimeoutException e) {
                    fail("JSON-B never returned on an answer read through the check: " + mutated);
                }
            }
        }
        assertThat(refusedByTheCheck).isPositive();
        assertThat(read).isPositive();
        assertThat(failed).isPositive();
    }

    /** The check's own refusal, under whatever JSON-P and JSON-B wrapped it in. */
    private static boolean refusedByTheCheck(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException
                    && t.getMessage() != null
                    && t.getMessage().startsWith("JSON answer")) {
                return true;
            }
        }
        return false;
    }

    private static String mutate(String json, Random random) {
        var text = new StringBuilder(json);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, GARBAGE[random.nextInt(GARBAGE.length)]);
                case 2 -> text.setCharAt(at, (char) random.nextInt(0x80));
                default -> {
                    int end = Math.min(text.length(), at + random.nextInt(40));
                    text.replace(at, end, GARBAGE[random.nextInt(GARBAGE.length)]);
                }
            }
        }
        return text.toString();
    }
}
