package com.tariffbridge.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTagsTest {

    private static final String ETAG = "\"b\"";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"b\"",
                "\"a\", \"b\"",
                "\"a\",\"b\"",
                "\"b\", \"a\"",
                "  \"b\"  ",
                "\t\"b\"",
                "W/\"b\"",
                "\"a\", W/\"b\"",
                "*",
                " * ",
                ",, \"b\" ,",
            })
    void aListHoldingTheTagWeakOrStrongOrAStarMatches(String ifNoneMatch) {
        assertThat(EntityTags.matches(ifNoneMatch, ETAG)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                ",",
                "\"c\"",
                "\"a\", \"c\"",
                "\"bb\"",
                "\"b",
                "b\"",
                "\"b\"\"b\"",
                "W/",
                "W/\"c\"",
                "w/\"b\"",
                "**",
                "\"b\" x",
            })
    void aListWithoutTheTagDoesNotMatch(String ifNoneMatch) {
        assertThat(EntityTags.matches(ifNoneMatch, ETAG)).isFalse();
    }

    @Test
    void anAbsentOrOversizedHeaderNeverMatches() {
        assertThat(EntityTags.matches(null, ETAG)).isFalse();
        assertThat(EntityTags.matches(" ".repeat(2048) + ETAG, ETAG)).isFalse();
        assertThat(EntityTags.matches(" ".repeat(2046) + ETAG, ETAG)).isFalse();
        assertThat(EntityTags.matches(" ".repeat(2045) + ETAG, ETAG)).isTrue();
    }
}
