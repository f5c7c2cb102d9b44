package org.amparo.store.legal;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.NotificationTask;
import org.amparo.core.legal.NotificationTask.Status;
import org.amparo.core.legal.NotificationTaskStore;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.UseMode;
import org.amparo.store.DatabaseTestBase;
import org.amparo.store.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link NotificationTaskStore}, run against every database. */
abstract class NotificationTaskStoreContractTest extends DatabaseTestBase {
    private NotificationTaskStore store;
    private Authorization ended;

    @BeforeEach
    void endedAuthorization() {
        store = new JdbcNotificationTaskStore(dataSource());
        Subject subject = Fixtures.subject(T0.minus(Duration.ofDays(10)));
        new JdbcSubjectStore(dataSource()).insert(subject);
        ended = Fixtures.authorization(
                subject.id(), AuthorizationStatus.EXPIRED, UseMode.LIVE, T0.minus(Duration.ofDays(9)), T0, null);
        new JdbcAuthorizationStore(dataSource()).insert(ended);
    }

    private NotificationTask pending(long minutesAfterT0) {
        return new NotificationTask(
                UUID.randomUUID(),
                ended.id(),
                ended.subjectId(),
                T0.plus(Duration.ofMinutes(minutesAfterT0)),
                Status.PENDING,
                null,
                null,
                null,
                null);
    }

    @Test
    void roundTripsAPendingTask() {
        NotificationTask task = pending(0);
        store.insert(task);

        assertThat(store.find(task.id())).contains(task);
        assertThat(store.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void roundTripsDelayAndNotification() {
        NotificationTask task = pending(0);
        store.insert(task);
        NotificationTask delayed = task.delayed(
                "notifying would endanger an ongoing investigation", LocalDate.of(2026, 6, 1), "supervisor1", T0);
        store.update(delayed);
        assertThat(store.find(task.id())).contains(delayed);

        NotificationTask notified = delayed.notified("supervisor1", T0.plus(Duration.ofDays(92)));
        store.update(notified);
        assertThat(store.find(task.id())).contains(notified);
    }

    @Test
    void listsByStatusOldestFirst() {
        NotificationTask second = pending(2);
        NotificationTask first = pending(1);
        NotificationTask done = pending(0).notified("supervisor1", T0);
        store.insert(second);
        store.insert(first);
        store.insert(done);

        assertThat(store.list(Status.PENDING, 10)).containsExactly(first, second);
        assertThat(store.list(null, 10)).containsExactly(done, first, second);
        assertThat(store.list(null, 1)).containsExactly(done);
        assertThat(store.list(Status.DELAYED, 10)).isEmpty();
    }

    @Test
    void listsTheTasksOfOneAuthorizationOldestFirst() {
        NotificationTask second = pending(2);
        NotificationTask first = pending(1);
        store.insert(second);
        store.insert(first);

        assertThat(store.forAuthorization(ended.id())).containsExactly(first, second);
        assertThat(store.forAuthorization(AuthorizationId.parse("00000000-0000-0000-0000-000000000000")))
                .isEmpty();
    }

    @Test
    void updatingAnUnknownTaskFails() {
        assertThatThrownBy(() -> store.update(pending(0))).isInstanceOf(IllegalStateException.class);
    }
}
