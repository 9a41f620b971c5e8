package com.tariffbridge.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers cut off inside a value are refused before JSON-B reaches their end, because its
 * skipping of unknown properties never returns on them (Parsson 1.1's skipObject on {@code
 * {"data":{"a":1} loops at the end of input; found by a seeded fuzz of FlatPeak's session answer).
 */
class CompleteJsonCheckTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"data\":{\"a\":1",
                "{\"data\":[1,2",
                "{\"data\":{\"urls\":{\"a\":\"b\"}",
                "{\"a\":\"unterminated",
                "{\"a\":\"escaped quote \\\"}",
                "}{",
                "{\"a\":1}}"
            })
    void anAnswerThatEndsInsideAValueIsRefused(String json) {
        assertThatThrownBy(() -> readThroughTheCheck(json, CompleteJsonCheck.MAX_BYTES))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("JSON answer");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"data\":{\"a\":1}}",
                "{\"a\":\"braces { [ inside a string\"}",
                "{\"a\":\"an escaped backslash \\\\\"}",
                "{\"a\":\"ü € 😀 { in UTF-8\"}",
                "[]",
                "\"text\"",
                "42"
            })
    void aCompleteAnswerPassesUnchanged(String json) throws IOException {
        assertThat(readThroughTheCheck(json, CompleteJsonCheck.MAX_BYTES)).isEqualTo(json);
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefusedOnceItPassesIt() throws IOException {
        String json = "[\"" + "x".repeat(100) + "\"]";
        assertThat(readThroughTheCheck(json, json.length())).isEqualTo(json);
        assertThatThrownBy(() -> readThroughTheCheck(json, json.length() - 1))
                .isInstanceOf(IOException.class)
                .hasMessage("JSON answer larger than " + (json.length() - 1) + " bytes");
    }

    @Test
    void skippedBytesStillCountTowardsTheNesting() throws IOException {
        try (InputStream in = checked("{\"a\":[1,2,3]", CompleteJsonCheck.MAX_BYTES)) {
            assertThat(in.skip(5)).isEqualTo(5);
            assertThatThrownBy(in::readAllBytes)
                    .hasMessage("JSON answer ends inside an object, array or string");
        }
    }

    @Test
    void anAnswerReadByteByByteIsCheckedLikeOneReadInBulk() throws IOException {
        try (InputStream in = checked("{\"a\":\"}\"}", CompleteJsonCheck.MAX_BYTES)) {
            var read = new StringBuilder();
            for (int b = in.read(); b != -1; b = in.read()) {
                read.append((char) b);
            }
            assertThat(read).hasToString("{\"a\":\"}\"}");
        }
        try (InputStream in = checked("{\"a\":1", CompleteJsonCheck.MAX_BYTES)) {
            assertThatThrownBy(
                            () -> {
                                while (in.read() != -1) {
                                    // to the end
                                }
                            })
                    .isInstanceOf(IOException.class);
        }
    }

    private static String readThroughTheCheck(String json, long maxBytes) throws IOException {
        try (InputStream in = checked(json, maxBytes)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream checked(String json, long maxBytes) {
        return new CompleteJsonStream(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), maxBytes);
    }
}
