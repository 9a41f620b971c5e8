package com.tariffbridge.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final PasswordHasher HASHER = new PasswordHasher(1_000);

    /**
     * A genuine hash of PASSWORD, so each malformed variant below differs from a match in one way
     * only.
     */
    private static final String VALID = HASHER.hash(PASSWORD);

    @Test
    void hashedPasswordMatches() {
        assertThat(HASHER.matches(PASSWORD, HASHER.hash(PASSWORD))).isTrue();
    }

    @Test
    void wrongPasswordDoesNotMatch() {
        String stored = HASHER.hash(PASSWORD);

        assertThat(HASHER.matches("correct horse battery stapler", stored)).isFalse();
        assertThat(HASHER.matches("", stored)).isFalse();
        assertThat(HASHER.matches(PASSWORD.toUpperCase(), stored)).isFalse();
    }

    @Test
    void emptyPasswordRoundTrips() {
        assertThat(HASHER.matches("", HASHER.hash(""))).isTrue();
        assertThat(HASHER.matches("x", HASHER.hash(""))).isFalse();
    }

    @Test
    void nonAsciiPasswordRoundTrips() {
        String password = "pässwörd-密码-🔑";

        assertThat(HASHER.matches(password, HASHER.hash(password))).isTrue();
    }

    @Test
    void twoHashesOfTheSamePasswordDifferBecauseOfTheSalt() {
        String first = HASHER.hash(PASSWORD);
        String second = HASHER.hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
        assertThat(HASHER.matches(PASSWORD, first)).isTrue();
        assertThat(HASHER.matches(PASSWORD, second)).isTrue();
    }

    @Test
    void hashDescribesItsAlgorithmAndIterations() {
        assertThat(new PasswordHasher(1_234).hash(PASSWORD))
                .matches("pbkdf2-sha256\\$1234\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+");
    }

    @Test
    void hashMadeWithAnotherIterationCountStillMatches() {
        String storedEarlier = new PasswordHasher(2_000).hash(PASSWORD);

        assertThat(HASHER.matches(PASSWORD, storedEarlier)).isTrue();
        assertThat(HASHER.matches("wrong", storedEarlier)).isFalse();
    }

    @Test
    void changingTheStoredIterationCountBreaksTheMatch() {
        String[] parts = VALID.split("\\$");
        String tampered = parts[0] + "$1001$" + parts[2] + "$" + parts[3];

        assertThat(HASHER.matches(PASSWORD, tampered)).isFalse();
    }

    static Stream<String> malformedStoredHashes() {
        String[] p = VALID.split("\\$");
        return Stream.of(
                " ",
                PASSWORD,
                "pbkdf2-sha256",
                "pbkdf2-sha256$$$",
                "PBKDF2-SHA256$" + p[1] + "$" + p[2] + "$" + p[3],
                "pbkdf2-sha1$" + p[1] + "$" + p[2] + "$" + p[3],
                "bcrypt$" + p[1] + "$" + p[2] + "$" + p[3],
                "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
                "pbkdf2-sha256$abc$" + p[2] + "$" + p[3],
                "pbkdf2-sha256$$" + p[2] + "$" + p[3],
                "pbkdf2-sha256$1e3$" + p[2] + "$" + p[3],
                "pbkdf2-sha256$99999999999$" + p[2] + "$" + p[3],
                "pbkdf2-sha256$0$" + p[2] + "$" + p[3],
                "pbkdf2-sha256$-1000$" + p[2] + "$" + p[3],
                "pbkdf2-sha256$" + p[1] + "$!!not base64!!$" + p[3],
                "pbkdf2-sha256$" + p[1] + "$" + p[2] + "$!!not base64!!",
                "pbkdf2-sha256$" + p[1] + "$" + p[2] + "$" + p[3].substring(1),
                "pbkdf2-sha256$" + p[1] + "$" + p[2] + "$" + p[3].substring(0, 20),
                "pbkdf2-sha256$" + p[1] + "$$" + p[3],
                "pbkdf2-sha256$" + p[1] + "$" + p[2] + "$",
                "pbkdf2-sha256$" + p[1] + "$" + p[2],
                VALID + "$extra",
                "x" + VALID,
                VALID.substring(0, VALID.length() - 2));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @MethodSource("malformedStoredHashes")
    void malformedStoredHashNeverMatchesAndNeverThrows(String stored) {
        var matched = new AtomicBoolean(true);

        assertThatCode(() -> matched.set(HASHER.matches(PASSWORD, stored)))
                .doesNotThrowAnyException();
        assertThat(matched).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @MethodSource("malformedStoredHashes")
    void missingPasswordNeverMatchesAndNeverThrows(String stored) {
        var matched = new AtomicBoolean(true);

        assertThatCode(() -> matched.set(HASHER.matches(null, stored))).doesNotThrowAnyException();
        assertThat(matched).isFalse();
    }

    @Test
    void missingPasswordDoesNotMatchAGenuineHash() {
        assertThat(HASHER.matches(null, VALID)).isFalse();
        assertThat(HASHER.matches(null, HASHER.hash(""))).isFalse();
    }

    @Test
    void hashingAMissingPasswordIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> HASHER.hash(null));
    }

    @Test
    void genuineHashWithTooFewStoredIterationsDoesNotMatch() {
        String weak = pbkdf2(PASSWORD, 999);

        assertThat(HASHER.matches(PASSWORD, weak)).isFalse();
        assertThat(HASHER.matches(PASSWORD, pbkdf2(PASSWORD, 1_000))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000_001, 100_000_000, Integer.MAX_VALUE})
    void tamperedHugeIterationCountIsRefusedAtOnce(int storedIterations) {
        String[] p = VALID.split("\\$");
        String tampered = p[0] + "$" + storedIterations + "$" + p[2] + "$" + p[3];

        boolean matched =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(1), () -> HASHER.matches(PASSWORD, tampered));

        assertThat(matched).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {999, 1, 0, -1, Integer.MIN_VALUE})
    void fewerThanAThousandIterationsAreRefused(int iterations) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PasswordHasher(iterations))
                .withMessageContaining("1000");
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000_001, Integer.MAX_VALUE})
    void moreThanTenMillionIterationsAreRefused(int iterations) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PasswordHasher(iterations))
                .withMessageContaining("10000000");
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000_000})
    void iterationCountsAtTheLimitsAreAccepted(int iterations) {
        assertThatCode(() -> new PasswordHasher(iterations)).doesNotThrowAnyException();
    }

    /** A correctly derived hash in the stored format, made without PasswordHasher's own limits. */
    private static String pbkdf2(String password, int iterations) {
        byte[] salt = new byte[16];
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            byte[] key =
                    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                            .generateSecret(spec)
                            .getEncoded();
            var b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha256$"
                    + iterations
                    + "$"
                    + b64.encodeToString(salt)
                    + "$"
                    + b64.encodeToString(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
