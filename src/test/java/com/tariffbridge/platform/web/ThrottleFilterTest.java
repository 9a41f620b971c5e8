package com.tariffbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.platform.MutableClock;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThrottleFilterTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void onlySignInPostsIdpReturnsAndConnectStartsAreCounted() {
        var filter = new ThrottleFilter();
        filter.signInPerMinute = 1;
        filter.connectPerMinute = 1;
        filter.maxClients = 10;
        filter.clock = new MutableClock(Instant.EPOCH);
        filter.init();

        assertThat(filter.throttleFor("POST", "/connect/login.xhtml")).isNotNull();
        assertThat(filter.throttleFor("POST", "/account/sign-in.xhtml"))
                .isSameAs(filter.throttleFor("POST", "/connect/login.xhtml"));
        assertThat(filter.throttleFor("GET", "/connect"))
                .isNotNull()
                .isNotSameAs(filter.throttleFor("POST", "/account/sign-in.xhtml"));
        assertThat(filter.throttleFor("GET", "/connect/login.xhtml")).isNull();
        assertThat(filter.throttleFor("GET", "/account/sign-in.xhtml")).isNull();
        assertThat(filter.throttleFor("POST", "/account/connections.xhtml")).isNull();
        // a return from the IdP costs a token call and a billing call, like a password check
        assertThat(filter.throttleFor("GET", "/connect/signed-in"))
                .isSameAs(filter.throttleFor("POST", "/connect/login.xhtml"));
        assertThat(filter.throttleFor("GET", "/account/signed-in"))
                .isSameAs(filter.throttleFor("POST", "/connect/login.xhtml"));
    }

    @Test
    void withoutATrustedProxyTheRemoteAddressCountsAndTheHeaderIsIgnored() {
        assertThat(ThrottleFilter.clientAddress("203.0.113.7", "198.51.100.1", Set.of()))
                .isEqualTo("203.0.113.7");
        assertThat(ThrottleFilter.clientAddress("203.0.113.7", "198.51.100.1", PROXY))
                .as("a client naming itself is not a proxy")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedHopCounts() {
        assertThat(ThrottleFilter.clientAddress("10.0.0.5", "198.51.100.1", PROXY))
                .isEqualTo("198.51.100.1");
        assertThat(
                        ThrottleFilter.clientAddress(
                                "10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.6", PROXY))
                .as("a forged leftmost entry does not help the client")
                .isEqualTo("198.51.100.1");
        assertThat(ThrottleFilter.clientAddress("10.0.0.5", null, PROXY)).isEqualTo("10.0.0.5");
        assertThat(ThrottleFilter.clientAddress("10.0.0.5", " , ", PROXY)).isEqualTo("10.0.0.5");
    }

    @Test
    void theRefusalPageIsEscapedAndNamesItsLanguage() {
        String page = ThrottleFilter.page("de", "/tb", "Zu viele <Versuche>", "Warten & wieder");

        assertThat(page)
                .contains("<html lang=\"de\">")
                .contains("href=\"/tb/jakarta.faces.resource/css/app.css.xhtml\"")
                .contains("<h1 id=\"too-many-requests\">Zu viele &lt;Versuche&gt;</h1>")
                .contains("Warten &amp; wieder");
    }
}
