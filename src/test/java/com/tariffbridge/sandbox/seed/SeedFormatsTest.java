package com.tariffbridge.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.identity.PasswordHasher;
import com.tariffbridge.token.IssuedToken;
import com.tariffbridge.token.OpaqueToken;
import org.junit.jupiter.api.Test;

/**
 * The seeding path writes the product's formats by its own code; these fail when the two drift
 * apart, before a demo customer could no longer sign in or a bench token no longer be accepted.
 */
class SeedFormatsTest {

    @Test
    void aSeededPasswordHashIsAcceptedByTheProductsSignIn() {
        String stored = SeedHashes.password("alice-demo-pass", 1_000);

        var hasher = new PasswordHasher(1_000);
        assertThat(hasher.matches("alice-demo-pass", stored)).isTrue();
        assertThat(hasher.matches("alice-demo-pasS", stored)).isFalse();
    }

    @Test
    void aSeededTokenHasTheProductsShapeAndStoredHash() {
        String access = SeedHashes.token(OpaqueToken.prefix(IssuedToken.Kind.ACCESS));
        String minted = OpaqueToken.mint(IssuedToken.Kind.ACCESS);

        assertThat(access).startsWith("tbat_").hasSameSizeAs(minted);
        assertThat(SeedHashes.sha256(access)).isEqualTo(OpaqueToken.sha256Hex(access));
        assertThat(SeedHashes.token("tbrt_"))
                .startsWith(OpaqueToken.prefix(IssuedToken.Kind.REFRESH));
    }
}
