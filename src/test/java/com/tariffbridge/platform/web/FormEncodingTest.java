package com.tariffbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormEncodingTest {

    @Test
    void pairsAreDecodedInOrderWithRepeatsKept() {
        Map<String, List<String>> into = new LinkedHashMap<>();

        FormEncoding.decodeInto("b=2&a=x+y%21&b=3&flag&&", StandardCharsets.UTF_8, into);

        assertThat(into)
                .containsExactly(
                        Map.entry("b", List.of("2", "3")),
                        Map.entry("a", List.of("x y!")),
                        Map.entry("flag", List.of("")));
    }

    @Test
    void aBadPercentEscapeIsAnError() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                FormEncoding.decodeInto(
                                        "a=%zz", StandardCharsets.UTF_8, new LinkedHashMap<>()));
    }
}
