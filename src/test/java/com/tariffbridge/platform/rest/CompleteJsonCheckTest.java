package com.tariffbridge.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers cut off inside a value are refused before JSON-B, whose skipping of unknown properties
 * never returns on them (Parsson 1.1's skipObject on {@code {"data":{"a":1} loops at the end of
 * input; found by a seeded fuzz of FlatPeak's session answer).
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
        assertThat(CompleteJsonCheck.complete(json.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"data\":{\"a\":1}}",
                "{\"a\":\"braces { [ inside a string\"}",
                "{\"a\":\"an escaped backslash \\\\\"}",
                "[]",
                "\"text\"",
                "42"
            })
    void aCompleteAnswerPasses(String json) {
        assertThat(CompleteJsonCheck.complete(json.getBytes(StandardCharsets.UTF_8))).isTrue();
    }
}
