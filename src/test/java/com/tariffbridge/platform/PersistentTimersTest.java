package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerHandle;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up reconciliation of a job's persistent timer, on a stand-in for the timer store. */
class PersistentTimersTest {

    private final List<StoredTimer> store = new ArrayList<>();

    @Test
    void theFirstServerToStartCreatesTheTimer() {
        assertThat(reconcile("sync every PT15M")).isTrue();

        assertThat(live()).containsExactly("sync every PT15M");
    }

    @Test
    void aRestartKeepsTheTimerWithTheSameSchedule() {
        reconcile("sync every PT15M");

        assertThat(reconcile("sync every PT15M")).isFalse();
        assertThat(live()).containsExactly("sync every PT15M");
    }

    @Test
    void aChangedScheduleReplacesTheOldTimer() {
        reconcile("sync every PT15M");

        assertThat(reconcile("sync every PT5M")).isTrue();
        assertThat(live()).containsExactly("sync every PT5M");
    }

    @Test
    void aDoubleLeftByServersStartingTogetherIsCancelled() {
        store.add(new StoredTimer("sync every PT15M"));
        store.add(new StoredTimer("sync every PT15M"));

        assertThat(reconcile("sync every PT15M")).isFalse();
        assertThat(live()).containsExactly("sync every PT15M");
    }

    @Test
    void otherJobsTimersAreLeftAlone() {
        store.add(new StoredTimer("reminders@08:00 Europe/London"));

        reconcile("sync every PT15M");

        assertThat(live()).containsExactly("reminders@08:00 Europe/London", "sync every PT15M");
    }

    @Test
    void anInfoThatDoesNotNameTheJobIsRefused() {
        assertThatThrownBy(
                        () ->
                                PersistentTimers.reconcile(
                                        List.copyOf(store), "sync", "other", StoredTimer::new))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private boolean reconcile(String info) {
        return PersistentTimers.reconcile(
                List.copyOf(store),
                "sync",
                info,
                () -> {
                    var timer = new StoredTimer(info);
                    store.add(timer);
                    return timer;
                });
    }

    private List<String> live() {
        return store.stream().filter(t -> !t.cancelled).map(t -> t.info).toList();
    }

    /** Only what reconciliation touches: the info and cancel. */
    private static final class StoredTimer implements Timer {
        final String info;
        boolean cancelled;

        StoredTimer() {
            this("unused");
        }

        StoredTimer(String info) {
            this.info = info;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public Serializable getInfo() {
            return info;
        }

        @Override
        public long getTimeRemaining() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Date getNextTimeout() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduleExpression getSchedule() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isPersistent() {
            return true;
        }

        @Override
        public boolean isCalendarTimer() {
            throw new UnsupportedOperationException();
        }

        @Override
        public TimerHandle getHandle() {
            throw new UnsupportedOperationException();
        }
    }
}
