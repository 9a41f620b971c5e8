package com.tariffbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RequestBodyLimitFilterTest {

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        assertThat(RequestBodyLimitFilter.readAtMost(bytes(20_000), 20_000)).hasSize(20_000);
        assertThat(RequestBodyLimitFilter.readAtMost(bytes(0), 20_000)).isEmpty();
    }

    @Test
    void oneByteMoreIsRefused() throws IOException {
        assertThat(RequestBodyLimitFilter.readAtMost(bytes(20_001), 20_000)).isNull();
    }

    @Test
    void anEndlessBodyIsReadOnlyJustPastTheLimit() throws IOException {
        var endless =
                new InputStream() {
                    long served;

                    @Override
                    public int read() {
                        served++;
                        return 'a';
                    }
                };

        assertThat(RequestBodyLimitFilter.readAtMost(endless, 20_000)).isNull();
        assertThat(endless.served).isLessThanOrEqualTo(20_000 + 8192);
    }

    private static InputStream bytes(int count) {
        return new ByteArrayInputStream(new byte[count]);
    }
}
