package com.tariffbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SandboxIdsTest {

    @Test
    void mintedConnectTokenIsCotAndTwentyFourLowercaseHexDigits() {
        String token = SandboxIds.connectToken();

        assertThat(token).matches("cot_[0-9a-f]{24}");
        assertThat(SandboxIds.isConnectToken(token)).isTrue();
    }

    @Test
    void mintedConnectTokensDoNotRepeat() {
        var tokens = new HashSet<String>();
        IntStream.range(0, 1000).forEach(i -> tokens.add(SandboxIds.connectToken()));

        assertThat(tokens).hasSize(1000);
    }

    @Test
    void onlyTheExactConnectTokenShapeIsRecognised() {
        assertThat(SandboxIds.isConnectToken("cot_68541C4C407600F62FD98A97")).isFalse();
        assertThat(SandboxIds.isConnectToken("cot_68541c4c407600f62fd98a9")).isFalse();
        assertThat(SandboxIds.isConnectToken("acc_68541c4c407600f62fd98a97")).isFalse();
        assertThat(SandboxIds.isConnectToken("cot_68541c4c407600f62fd98a97\n")).isFalse();
        assertThat(SandboxIds.isConnectToken(null)).isFalse();
    }

    @Test
    void sandboxAccountIdHasFlatPeaksShape() {
        assertThat(SandboxAccount.ACME_ID).matches("acc_[0-9a-f]{24}");
    }
}
