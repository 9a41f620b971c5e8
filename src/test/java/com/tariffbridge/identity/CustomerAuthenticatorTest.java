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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bookkeeping around the lockout rule, with in-memory stand-ins for the tables: which attempts
 * are admitted, counted and forgotten, what each answers, and how many passwords are really
 * checked. The stand-in for {@link SignInAttempts} takes its steps one at a time, as the stripe's
 * row lock makes them take turns in the database.
 */
class CustomerAuthenticatorTest {

    private static final Instant T0 = Instant.parse("2030-03-01T09:00:00Z");
    private static final String EMAIL = "jo@example.test";
    private static final String UNKNOWN = "nobody@example.test";
    private static final String PASSWORD = "right-password";

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryRecords records = new InMemoryRecords();
    private final RecordingAudit audit = new RecordingAudit();
    private final SignInAttempts attempts = new OneAtATimeAttempts();
    private final CustomerAuthenticator authenticator = new CustomerAuthenticator();
    private CountingCustomer jo;

    @BeforeEach
    void wire() {
        attempts.records = records;
        attempts.audit = audit;
        attempts.maxFailures = 5;
        attempts.window = Duration.ofMinutes(15);
        attempts.lockDuration = Duration.ofMinutes(15);
        attempts.init();
        authenticator.customers = customers;
        authenticator.attempts = attempts;
        authenticator.iterations = 1_000;
        authenticator.init();
        at(T0);
        jo = customers.add(new CountingCustomer(authenticator.hashForStorage(PASSWORD)), 7L);
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

        assertThat(records.failuresOf(EMAIL)).containsExactly(T0);
    }

    @Test
    void missingPasswordCountsAsAWrongOne() {
        assertThat(authenticator.signIn(EMAIL, null)).isEqualTo(new SignInResult.Rejected());

        assertThat(records.failuresOf(EMAIL)).hasSize(1);
    }

    @Test
    void fifthFailureWithinTheWindowLocksAuditsAndForgetsTheFailures() {
        for (int i = 0; i < 4; i++) {
            assertThat(wrongPasswordAt(T0.plusSeconds(i))).isEqualTo(new SignInResult.Rejected());
        }

        Instant fifth = T0.plus(Duration.ofMinutes(14));
        assertThat(wrongPasswordAt(fifth))
                .isEqualTo(new SignInResult.Locked(fifth.plus(Duration.ofMinutes(15))));
        assertThat(records.locks.get(EMAIL)).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(records.failuresOf(EMAIL)).isEmpty();
        assertThat(audit.events).containsExactly("CUSTOMER_LOCKED_OUT customer:7 " + EMAIL);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswersAsAnAccountWithAWrongPassword() {
        List<SignInResult> account = new ArrayList<>();
        List<SignInResult> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            at(T0.plusSeconds(i));
            account.add(authenticator.signIn(EMAIL, "wrong"));
            unknown.add(authenticator.signIn(UNKNOWN, "wrong"));
        }

        assertThat(unknown).isEqualTo(account);
        assertThat(unknown.get(3)).isEqualTo(new SignInResult.Rejected());
        assertThat(unknown.get(6)).isInstanceOf(SignInResult.Locked.class);
        assertThat(audit.events).contains("CUSTOMER_LOCKED_OUT customer:unknown " + UNKNOWN);
    }

    @Test
    void everyAttemptCostsOneHashButALockedOneNeverChecksTheAccountsPassword() {
        for (int i = 0; i < 5; i++) {
            wrongPasswordAt(T0);
        }
        assertThat(jo.hashReads).hasValue(5);

        at(T0.plusSeconds(1));
        assertThat(authenticator.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.Locked.class);

        assertThat(jo.hashReads).hasValue(5);
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
        assertThat(records.failuresOf(EMAIL)).isEmpty();

        at(lockEnds);
        assertThat(authenticator.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(records.locks).doesNotContainKey(EMAIL);
    }

    @Test
    void parallelWrongPasswordsCheckAtMostTheLimitAndThenTheRightOneWaitsForTheLockToEnd()
            throws Exception {
        int parallel = 24;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        var start = new CountDownLatch(1);
        List<Future<SignInResult>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                answers.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return authenticator.signIn(EMAIL, "wrong");
                                }));
            }
            start.countDown();
            List<SignInResult> results = new ArrayList<>();
            for (var answer : answers) {
                results.add(answer.get());
            }

            assertThat(jo.hashReads).as("passwords checked against Jo's hash").hasValue(5);
            assertThat(results).filteredOn(SignInResult.Rejected.class::isInstance).hasSize(4);
            assertThat(results).filteredOn(SignInResult.Locked.class::isInstance).hasSize(20);
        } finally {
            pool.shutdownNow();
        }
        Instant lockEnds = T0.plus(Duration.ofMinutes(15));

        at(lockEnds.minusSeconds(1));
        assertThat(authenticator.signIn(EMAIL, PASSWORD))
                .isEqualTo(new SignInResult.Locked(lockEnds));
        at(lockEnds);
        assertThat(authenticator.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void theRightPasswordOnTheAttemptThatLocksStillSignsIn() {
        for (int i = 0; i < 4; i++) {
            wrongPasswordAt(T0);
        }

        assertThat(authenticator.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(records.locks).doesNotContainKey(EMAIL);
        assertThat(wrongPasswordAt(T0)).isEqualTo(new SignInResult.Rejected());
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
    void failuresOlderThanTheWindowArePurgedForEveryAddressOfTheStripe() {
        String neighbour = "ja@example.test"; // same length and first letter: same stripe
        assertThat(SignInAttempts.stripe(neighbour)).isEqualTo(SignInAttempts.stripe(EMAIL));
        at(T0);
        authenticator.signIn(neighbour, "wrong");
        wrongPasswordAt(T0.plus(Duration.ofMinutes(10)));

        wrongPasswordAt(T0.plus(Duration.ofMinutes(20)));

        assertThat(records.failuresOf(neighbour)).isEmpty();
        assertThat(records.failuresOf(EMAIL))
                .containsExactly(T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(20)));
    }

    @Test
    void successForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            wrongPasswordAt(T0);
        }

        assertThat(authenticator.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(records.failuresOf(EMAIL)).isEmpty();
        assertThat(wrongPasswordAt(T0)).isEqualTo(new SignInResult.Rejected());
    }

    @Test
    void anotherAddressesFailuresDoNotCount() {
        for (int i = 0; i < 4; i++) {
            at(T0);
            authenticator.signIn("sam@example.test", "wrong");
        }

        assertThat(wrongPasswordAt(T0)).isEqualTo(new SignInResult.Rejected());
        assertThat(records.failuresOf("sam@example.test")).hasSize(4);
    }

    @Test
    void addressesAreCountedNormalisedAndBounded() {
        assertThat(SignInAttempts.key(" Jo@Example.TEST ")).isEqualTo(EMAIL);
        assertThat(SignInAttempts.key(null)).isEmpty();
        assertThat(SignInAttempts.key("a".repeat(1000))).hasSize(SignInAttempts.MAX_EMAIL);
    }

    @Test
    void theStripeIsTheMigrationsPortableFormula() {
        // MOD(LENGTH(email) * 31 + ASCII(email), 64): 15 * 31 + 'j' (106) = 571, mod 64 = 59
        assertThat(SignInAttempts.stripe(EMAIL)).isEqualTo(59);
        assertThat(SignInAttempts.stripe("")).isZero();
    }

    /** Admission and success one at a time, as the stripe's row lock orders them. */
    private static final class OneAtATimeAttempts extends SignInAttempts {
        @Override
        public synchronized Admission admit(String key, Instant now, Optional<Long> customerId) {
            return super.admit(key, now, customerId);
        }

        @Override
        public synchronized void succeeded(String key) {
            super.succeeded(key);
        }
    }

    /** Jo, counting how often her stored hash is read: each read is one real password check. */
    private static final class CountingCustomer extends Customer {
        final AtomicInteger hashReads = new AtomicInteger();

        CountingCustomer(String hash) {
            super(EMAIL, "Jo", hash, T0);
        }

        @Override
        String getPasswordHash() {
            hashReads.incrementAndGet();
            return super.getPasswordHash();
        }
    }

    private static final class InMemoryCustomers extends CustomerRepository {
        private final Map<String, Customer> byEmail = new HashMap<>();

        <C extends Customer> C add(C customer, long id) {
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
    }

    private static final class InMemoryRecords extends SignInRecords {
        private final List<LoginFailure> failures = new ArrayList<>();
        private final Map<String, Instant> locks = new HashMap<>();

        List<Instant> failuresOf(String email) {
            return failures.stream()
                    .filter(f -> f.getEmail().equals(email))
                    .map(LoginFailure::getFailedAt)
                    .toList();
        }

        @Override
        public void serialise(int stripe) {
            // OneAtATimeAttempts already takes turns
        }

        @Override
        public Optional<Instant> lockedUntil(String email, Instant now) {
            return Optional.ofNullable(locks.get(email)).filter(until -> until.isAfter(now));
        }

        @Override
        public void lock(String email, Instant until) {
            locks.put(email, until);
        }

        @Override
        public void unlock(String email) {
            locks.remove(email);
        }

        @Override
        public void add(LoginFailure failure) {
            failures.add(failure);
        }

        @Override
        public List<Instant> failedSince(String email, Instant after) {
            return failuresOf(email).stream().filter(at -> at.isAfter(after)).toList();
        }

        @Override
        public void forgetAll(String email) {
            failures.removeIf(f -> f.getEmail().equals(email));
        }

        @Override
        public void purge(int stripe, Instant failuresUpTo, Instant locksUpTo) {
            failures.removeIf(
                    f ->
                            SignInAttempts.stripe(f.getEmail()) == stripe
                                    && !f.getFailedAt().isAfter(failuresUpTo));
            locks.entrySet()
                    .removeIf(
                            e ->
                                    SignInAttempts.stripe(e.getKey()) == stripe
                                            && !e.getValue().isAfter(locksUpTo));
        }
    }

    private static final class RecordingAudit extends AuditLog {
        private final List<String> events = new ArrayList<>();

        @Override
        public void record(String type, String actor, String subject, String detail) {
            events.add(type + " " + actor + " " + subject);
        }
    }
}
