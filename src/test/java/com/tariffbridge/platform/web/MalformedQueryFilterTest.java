package com.tariffbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedQueryFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"a=%zz", "a=%", "a=%E0%A4%A", "a=1&b=%g1", "%"})
    void brokenPercentEncodingIsRefused(String query) {
        assertThat(MalformedQueryFilter.wellFormed(query)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=%20b", "connect_token=cot_0123", "a=%C3%A9&b=%0d%0a", ""})
    void wellFormedQueriesPass(String query) {
        assertThat(MalformedQueryFilter.wellFormed(query)).isTrue();
    }
}
