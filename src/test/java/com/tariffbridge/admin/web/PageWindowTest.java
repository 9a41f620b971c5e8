package com.tariffbridge.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageWindowTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL, 0, 1",
                "0, 100, 1",
                "-5, 100, 1",
                "abc, 100, 1",
                "3, 100, 3",
                "4, 100, 4",
                "5, 100, 4",
                "99999999999, 100, 1",
                "2147483647, 100, 4",
                "2, 0, 1",
                "2, 26, 2"
            })
    void anyRequestedPageBecomesARealOne(String requested, long total, int expected) {
        var window = PageWindow.of(requested, total);

        assertThat(window.page()).isEqualTo(expected);
        assertThat(window.offset()).isEqualTo((expected - 1) * PageWindow.SIZE);
        assertThat(window.page()).isBetween(1, window.getLast());
    }
}
