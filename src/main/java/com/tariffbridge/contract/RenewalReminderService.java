package com.tariffbridge.contract;

import com.tariffbridge.platform.Backoff;
import com.tariffbridge.platform.PublicUrl;
import com.tariffbridge.platform.i18n.MessageBundles;
import com.tariffbridge.platform.web.Branding;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily renewal job, safe to run twice, late or on several servers: queue the reminders that
 * are due (one row per contract and lead, the database refuses a second), revoke the grants of
 * contracts that ended without renewal more than the grace ago, then send what is queued.
 */
@ApplicationScoped
public class RenewalReminderService {

    static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(RenewalReminderService.class.getName());
    static final int BATCH = 200;

    @Inject RenewalReminderRepository reminders;

    @Inject ReminderMailer mailer;

    @Inject EndedContractGrace grace;

    @Inject Branding branding;

    @Inject MessageBundles words;

    @Inject PublicUrl publicUrl;

    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "reminder.lead-days", defaultValue = "30,7,1")
    List<Integer> leadDays;

    @Inject
    @ConfigProperty(name = "tariffbridge.provider.zone", defaultValue = "Europe/London")
    String zone;

    @Inject
    @ConfigProperty(name = "contract.ended-grace", defaultValue = "P30D")
    Duration graceLength;

    @Inject
    @ConfigProperty(name = "reminder.retry.initial-delay", defaultValue = "PT1M")
    Duration retryDelay;

    @Inject
    @ConfigProperty(name = "reminder.retry.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "tariffbridge.provider.renew-url")
    String renewUrl;

    private ReminderLeads leads;

    @PostConstruct
    void init() {
        leads = new ReminderLeads(leadDays, ZoneId.of(zone));
    }

    /** The configured leads in the provider's zone, for views of what is coming. */
    public ReminderLeads leads() {
        return leads;
    }

    /** The provider's calendar day now: what a scheduled run means by "today". */
    public LocalDate today() {
        return leads.today(clock);
    }

    public ReminderRun runAsOf(LocalDate asOf) {
        int queued = queue(asOf);
        int revoked = revokeEndedContracts(asOf);
        int[] delivery = deliverDue();
        var run = new ReminderRun(asOf, queued, revoked, delivery[0], delivery[1]);
        LOG.info(() -> "Renewal reminder run as of " + asOf + ": " + run);
        return run;
    }

    private int queue(LocalDate asOf) {
        int queued = 0;
        long after = 0;
        Instant now = clock.instant();
        List<Object[]> page;
        do {
            page =
                    reminders.endingBetween(
                            leads.windowStart(asOf), leads.windowEnd(asOf), after, BATCH);
            for (Object[] row : page) {
                after = ((Number) row[0]).longValue();
                Instant end = (Instant) row[3];
                var lead = leads.dueLead(end, asOf);
                if (lead.isEmpty() || reminders.exists(after, lead.getAsInt())) {
                    continue;
                }
                var due =
                        new DueReminder(
                                after,
                                ((Number) row[1]).longValue(),
                                ((Number) row[2]).longValue(),
                                lead.getAsInt(),
                                end);
                try {
                    reminders.insert(due, now);
                    queued++;
                } catch (PersistenceException e) {
                    // Another server or a doubled timer fire queued it a moment ago: that is the
                    // point.
                    LOG.fine(() -> "Reminder " + due + " already queued elsewhere");
                }
            }
        } while (page.size() == BATCH);
        return queued;
    }

    /**
     * Never revokes ahead of real time: a run "as of" a future date (operations, tests) sends that
     * day's reminders but only ends grants whose grace is over today.
     */
    private int revokeEndedContracts(LocalDate asOf) {
        Instant endOfAsOf = asOf.plusDays(1).atStartOfDay(leads.zone()).toInstant();
        Instant now = clock.instant();
        Instant cutoff = (endOfAsOf.isBefore(now) ? endOfAsOf : now).minus(graceLength);
        int revoked = 0;
        long after = 0;
        List<Long> page;
        do {
            page = reminders.grantsOfContractsEndedBy(cutoff, after, BATCH);
            for (long grantId : page) {
                after = grantId;
                if (grace.revokeIfStillEnded(grantId, cutoff)) {
                    revoked++;
                }
            }
        } while (page.size() == BATCH);
        return revoked;
    }

    /**
     * Sends what is queued and due, a bounded batch at a time until a batch comes back short; a
     * claimed or failed reminder is not due again at once, so this ends. Returns {sent, failed}.
     */
    public int[] deliverDue() {
        int sent = 0;
        int failed = 0;
        List<Long> batch;
        do {
            batch = reminders.due(clock.instant(), BATCH);
            for (long id : batch) {
                Instant now = clock.instant();
                if (!reminders.claim(id, now, now.plus(Duration.ofMinutes(5)))) {
                    continue;
                }
                if (send(reminders.find(id).orElseThrow())) {
                    sent++;
                } else {
                    failed++;
                }
            }
        } while (batch.size() == BATCH);
        return new int[] {sent, failed};
    }

    private boolean send(RenewalReminder reminder) {
        var recipient = reminders.recipient(reminder);
        if (recipient.isEmpty()) {
            reminders.failed(
                    reminder.getId(),
                    Optional.empty(),
                    "customer or supply point no longer exists");
            return false;
        }
        var letter =
                RenewalLetter.write(
                        words,
                        branding.getName(),
                        branding.getSupportUrl(),
                        recipient.get(),
                        leads.endDay(reminder.getContractEnd()),
                        renewUrl,
                        publicUrl.resolve("/account/connections"));
        try {
            mailer.send(letter, "<renewal-reminder-" + reminder.getId() + "@tariff-bridge>");
            reminders.sent(reminder.getId(), clock.instant());
            return true;
        } catch (MessagingException | RuntimeException e) {
            int attempt = reminder.getAttempts();
            Optional<Instant> retry =
                    attempt >= maxAttempts
                            ? Optional.empty()
                            : Optional.of(clock.instant().plus(backoff(attempt)));
            LOG.warning(
                    () ->
                            "Renewal reminder "
                                    + reminder.getId()
                                    + " not sent (attempt "
                                    + attempt
                                    + "): "
                                    + e.getMessage()
                                    + retry.map(at -> "; next attempt at " + at)
                                            .orElse("; giving up"));
            reminders.failed(
                    reminder.getId(), retry, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    private Duration backoff(int attempt) {
        return backoff(retryDelay).after(attempt);
    }

    /** Doubles from the initial delay with each failed attempt, capped at an hour. */
    static Backoff backoff(Duration initial) {
        return new Backoff(initial, MAX_RETRY_DELAY);
    }

    public Optional<List<RenewalReminder>> remindersFor(String supplyPointReference) {
        return reminders.supplyPointId(supplyPointReference).map(reminders::forSupplyPoint);
    }
}
