package com.tariffbridge.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffHttpsFilterTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.5");

    @Test
    void aTlsConnectionIsHttpsWhateverItsHeadersSay() {
        assertThat(StaffHttpsFilter.secure(true, "203.0.113.9", "http", PROXIES)).isTrue();
    }

    @Test
    void onlyATrustedProxyMayVouchForHttps() {
        assertThat(StaffHttpsFilter.secure(false, "10.0.0.5", "https", PROXIES)).isTrue();
        assertThat(StaffHttpsFilter.secure(false, "10.0.0.5", "HTTPS, http", PROXIES)).isTrue();
        assertThat(StaffHttpsFilter.secure(false, "203.0.113.9", "https", PROXIES)).isFalse();
        assertThat(StaffHttpsFilter.secure(false, "10.0.0.5", "http, https", PROXIES)).isFalse();
        assertThat(StaffHttpsFilter.secure(false, "10.0.0.5", null, PROXIES)).isFalse();
    }
}
