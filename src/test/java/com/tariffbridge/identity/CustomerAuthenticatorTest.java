package com.tariffbridge.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.audit.AuditLog;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bookkeeping around the lockout rule, with in-memory stand-ins for the repositories: which
 * failure rows are written, counted and forgotten, and what each attempt answers.
 */
class CustomerAuthenticatorTest {

    private static final Instant T0 = Instant.parse("2030-03-01T09:00:00Z");
    private static final String EMAIL = "jo@example.test";
    private static final String PASSWORD = "right-password";

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryFailures failures = new InMemoryFailures();
    private final RecordingAudit audit = new RecordingAudit();
    private final CustomerAuthenticator authenticator = new CustomerAuthenticator();
    private Customer jo;

    @BeforeEach
    void wire() {
        authenticator.customers = customers;
        authenticator.failures = failures;
        authenticator.audit = audit;
        authenticator.maxFailures = 5;
        authenticator.window = Duration.ofMinutes(15);
        authenticator.lockDuration = Duration.ofMinutes(15);
        authenticator.iterations = 1_000;
        authenticator.init();
        at(T0);
        jo =
                customers.add(
                        new Customer(EMAIL, "Jo", authenticator.hashForStorage(PASSWORD), T0), 7L);
    }

    private void at(Instant now) {
        authenticator.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private SignInResult wrongPasswordAt(Instant now) {
        at(now);
        return authenticator.signIn(EMAIL, "wrong");
    }

    @Test
    void rightPasswordSignsIn() {
        assertThat(authenticator.signIn(" Jo@Example.TEST ", PASSWORD))
                .isEqualTo(new SignInResult.SignedIn(7L, "Jo"));
    }

    @Test
    void wrongPasswordIsRejectedAndRemembered() {
        assertThat(wrongPasswordAt(T0)).isEqualTo(new SignInResult.Rejected());

        assertThat(failures.of(7L)).containsExactly(T0);
    }

    @Test
    void unknownEmailAndMissingPasswordAreRejectedWithoutRecordingAnything() {
        assertThat(authenticator.signIn("nobody@example.test", PASSWORD))
                .isEqualTo(new SignInResult.Rejected());
        assertThat(authenticator.signIn("nobody@example.test", null))
                .isEqualTo(new SignInResult.Rejected());
        assertThat(authenticator.signIn(null, null)).isEqualTo(new SignInResult.Rejected());

        assertThat(failures.rows).isEmpty();
        assertThat(audit.types).isEmpty();
    }

    @Test
    void missingPasswordCountsAsAWrongOne() {
        assertThat(authenticator.signIn(EMAIL, null)).isEqualTo(new SignInResult.Rejected());

        assertThat(failures.of(7L)).hasSize(1);
    }

    @Test
    void fifthFailureWithinTheWindowLocksAuditsAndForgetsTheFailures() {
        for (int i = 0; i < 4; i++) {
            assertThat(wrongPasswordAt(T0.plusSeconds(i))).isEqualTo(new SignInResult.Rejected());
        }

        Instant fifth = T0.plus(Duration.ofMinutes(14));
        assertThat(wrongPasswordAt(fifth))
                .isEqualTo(new SignInResult.Locked(fifth.plus(Duration.ofMinutes(15))));
        assertThat(jo.lockedAt(fifth)).isPresent();
        assertThat(failures.of(7L)).isEmpty();
        assertThat(audit.types).containsExactly("CUSTOMER_LOCKED_OUT");
    }

    @Test
    void lockedAccountRefusesEvenTheRightPasswordUntilTheLockEnds() {
        for (int i = 0; i < 5; i++) {
            wrongPasswordAt(T0);
        }
        Instant lockEnds = T0.plus(Duration.ofMinutes(15));

        at(lockEnds.minusSeconds(1));
        assertThat(authenticator.signIn(EMAIL, PASSWORD))
                .isEqualTo(new SignInResult.Locked(lockEnds));
        assertThat(failures.of(7L)).isEmpty();

        at(lockEnds);
        assertThat(authenticator.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void edgeStraddlingGuessesLockOnceFiveFallWithinTheWindow() {
        wrongPasswordAt(T0);
        for (int i = 0; i < 3; i++) {
            wrongPasswordAt(T0.plus(Duration.ofSeconds(14 * 60 + 59)));
        }
        Instant edge = T0.plus(Duration.ofMinutes(15));

        assertThat(wrongPasswordAt(edge)).isEqualTo(new SignInResult.Rejected());
        assertThat(wrongPasswordAt(edge)).isInstanceOf(SignInResult.Locked.class);
    }

    @Test
    void failuresOlderThanTheWindowArePurged() {
        wrongPasswordAt(T0);
        wrongPasswordAt(T0.plus(Duration.ofMinutes(10)));

        wrongPasswordAt(T0.plus(Duration.ofMinutes(20)));

        assertThat(failures.of(7L))
                .containsExactly(T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(20)));
    }

    @Test
    void successForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            wrongPasswordAt(T0);
        }

        assertThat(authenticator.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(failures.of(7L)).isEmpty();
        assertThat(wrongPasswordAt(T0)).isEqualTo(new SignInResult.Rejected());
    }

    @Test
    void anotherAccountsFailuresDoNotCount() {
        customers.add(
                new Customer("sam@example.test", "Sam", authenticator.hashForStorage("x"), T0), 8L);
        for (int i = 0; i < 4; i++) {
            at(T0);
            authenticator.signIn("sam@example.test", "wrong");
        }

        assertThat(wrongPasswordAt(T0)).isEqualTo(new SignInResult.Rejected());
        assertThat(failures.of(8L)).hasSize(4);
    }

    private static final class InMemoryCustomers extends CustomerRepository {
        private final Map<String, Customer> byEmail = new HashMap<>();

        Customer add(Customer customer, long id) {
            try {
                Field field = Customer.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(customer, id);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            byEmail.put(customer.getEmail(), customer);
            return customer;
        }

        @Override
        public Optional<Customer> findByEmail(String email) {
            return Optional.ofNullable(byEmail.get(Customer.normalise(email)));
        }

        @Override
        public void lockForUpdate(Customer customer) {
            // one thread: nothing to wait for
        }
    }

    private static final class InMemoryFailures extends LoginFailureRepository {
        private final List<LoginFailure> rows = new ArrayList<>();

        List<Instant> of(long customerId) {
            return rows.stream()
                    .filter(f -> f.getCustomerId() == customerId)
                    .map(LoginFailure::getFailedAt)
                    .toList();
        }

        @Override
        public void add(LoginFailure failure) {
            rows.add(failure);
        }

        @Override
        public List<Instant> failedSince(long customerId, Instant after) {
            return of(customerId).stream().filter(at -> at.isAfter(after)).toList();
        }

        @Override
        public void forgetUpTo(long customerId, Instant cutoff) {
            rows.removeIf(f -> f.getCustomerId() == customerId && !f.getFailedAt().isAfter(cutoff));
        }

        @Override
        public void forgetAll(long customerId) {
            rows.removeIf(f -> f.getCustomerId() == customerId);
        }
    }

    private static final class RecordingAudit extends AuditLog {
        private final List<String> types = new ArrayList<>();

        @Override
        public void record(String type, String actor, String subject, String detail) {
            types.add(type);
        }
    }
}
