package org.amparo.store.legal;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.Decision;
import org.amparo.core.legal.NotificationTask;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.UseMode;
import org.amparo.core.retention.DataClass;
import org.amparo.store.DatabaseTestBase;
import org.amparo.store.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The subject-record purge, run against every database: it deletes exactly the expired subjects
 * (never one still needed, and none left behind), with their ended authorizations and done tasks.
 */
abstract class SubjectRecordPurgerContractTest extends DatabaseTestBase {
    private static final Instant CUTOFF = T0.minus(Duration.ofDays(365));
    private static final Duration DAY = Duration.ofDays(1);

    private JdbcSubjectStore subjects;
    private JdbcAuthorizationStore authorizations;
    private JdbcNotificationTaskStore tasks;
    private SubjectRecordPurger purger;

    @BeforeEach
    void stores() {
        subjects = new JdbcSubjectStore(dataSource());
        authorizations = new JdbcAuthorizationStore(dataSource());
        tasks = new JdbcNotificationTaskStore(dataSource());
        purger = new SubjectRecordPurger(dataSource());
    }

    @Test
    void purgesSubjectRecords() {
        assertThat(purger.dataClass()).isEqualTo(DataClass.SUBJECT_RECORD);
    }

    @Test
    void deletesOnlyExpiredSubjectsWithTheirEndedAuthorizationsAndDoneTasks() {
        Instant old = CUTOFF.minus(Duration.ofDays(100));
        SubjectId neverAuthorizedOld = subject(old);
        SubjectId neverAuthorizedNew = subject(CUTOFF.plus(DAY));
        SubjectId revokedLongAgoNotified = subject(old);
        Authorization revoked =
                ended(revokedLongAgoNotified, AuthorizationStatus.REVOKED, old.plus(DAY), CUTOFF.minus(DAY));
        NotificationTask done = task(revoked, NotificationTask.Status.NOTIFIED);
        SubjectId rejectedLongAgo = subject(old);
        ended(rejectedLongAgo, AuthorizationStatus.REJECTED, old.plus(DAY), old.plus(DAY));
        SubjectId endedRecently = subject(old);
        ended(endedRecently, AuthorizationStatus.EXPIRED, old.plus(DAY), CUTOFF.plus(DAY));
        SubjectId notificationPending = subject(old);
        task(
                ended(notificationPending, AuthorizationStatus.EXPIRED, old.plus(DAY), CUTOFF.minus(DAY)),
                NotificationTask.Status.PENDING);
        SubjectId stillApproved = subject(old);
        ended(stillApproved, AuthorizationStatus.EXPIRED, old.plus(DAY), CUTOFF.minus(DAY));
        authorizations.insert(Fixtures.authorization(
                stillApproved, AuthorizationStatus.APPROVED, UseMode.LIVE, old, CUTOFF.minus(DAY), null));

        int deleted = tx().inTransaction(() -> purger.purgeBatch(CUTOFF, 100));

        assertThat(deleted).isEqualTo(3);
        assertThat(existing(neverAuthorizedOld, revokedLongAgoNotified, rejectedLongAgo))
                .isEmpty();
        assertThat(existing(neverAuthorizedNew, endedRecently, notificationPending, stillApproved))
                .hasSize(4);
        assertThat(authorizations.find(revoked.id())).isEmpty();
        assertThat(tasks.find(done.id())).isEmpty();
        assertThat(authorizations.forSubject(stillApproved)).hasSize(2);
        assertThat(tx().inTransaction(() -> purger.purgeBatch(CUTOFF, 100))).isZero();
    }

    /** Seeded random histories: after purging in small batches, no expired subject is left. */
    @Test
    void leavesNoExpiredSubjectBehind() {
        long seed = 20260301L;
        Random random = new Random(seed);
        List<SubjectId> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(randomHistory(random));
        }
        Set<SubjectId> expected = new HashSet<>();
        for (SubjectId id : all) {
            if (expired(id)) {
                expected.add(id);
            }
        }

        int total = 0;
        int n;
        do {
            n = tx().inTransaction(() -> purger.purgeBatch(CUTOFF, 3));
            total += n;
        } while (n == 3);

        List<SubjectId> left =
                all.stream().filter(id -> subjects.find(id).isPresent()).toList();
        assertThat(left).as("reproduce with seed " + seed).noneMatch(this::expired);
        assertThat(total).as("reproduce with seed " + seed).isEqualTo(expected.size());
        assertThat(expected).as("the seed yields both kinds").isNotEmpty().hasSizeLessThan(all.size());
        assertThat(left).doesNotContainAnyElementsOf(expected);
    }

    /** The oracle: what the charter calls an expired subject record, from the stores' own view. */
    private boolean expired(SubjectId id) {
        Subject subject = subjects.find(id).orElseThrow();
        List<Authorization> history = authorizations.forSubject(id);
        boolean open = tasks.list(null, 10_000).stream()
                .anyMatch(t -> t.subjectId().equals(id) && t.status() != NotificationTask.Status.NOTIFIED);
        boolean recent = history.stream().anyMatch(a -> !a.status().ended() || !endOf(a).isBefore(CUTOFF));
        return subject.createdAt().isBefore(CUTOFF) && !open && !recent;
    }

    private static Instant endOf(Authorization a) {
        Decision end = a.end() != null ? a.end() : a.decision();
        return end == null ? a.expiresAt() : end.at();
    }

    private SubjectId randomHistory(Random random) {
        Instant created = CUTOFF.minus(Duration.ofDays(200)).plus(Duration.ofDays(random.nextInt(300)));
        SubjectId id = subject(created);
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            AuthorizationStatus status =
                    AuthorizationStatus.values()[random.nextInt(AuthorizationStatus.values().length)];
            Instant endAt = created.plus(Duration.ofDays(1 + random.nextInt(150)));
            Authorization a = status.ended()
                    ? ended(id, status, created.plus(Duration.ofHours(1)), endAt)
                    : Fixtures.authorization(id, status, UseMode.LIVE, created, endAt, null);
            if (!status.ended()) {
                authorizations.insert(a);
            } else if (random.nextInt(3) == 0) {
                task(a, random.nextBoolean() ? NotificationTask.Status.NOTIFIED : NotificationTask.Status.PENDING);
            }
        }
        return id;
    }

    private SubjectId subject(Instant createdAt) {
        Subject s = Fixtures.subject(createdAt);
        subjects.insert(s);
        return s.id();
    }

    /** Stores an authorization requested at {@code requestedAt} that ended (or was rejected) at {@code endAt}. */
    private Authorization ended(SubjectId subject, AuthorizationStatus status, Instant requestedAt, Instant endAt) {
        Authorization requested = Fixtures.authorization(
                subject, AuthorizationStatus.REQUESTED, UseMode.LIVE, requestedAt, endAt.plus(DAY), null);
        Decision at = new Decision("judge1", endAt, "why");
        Authorization a =
                switch (status) {
                    case REJECTED -> requested.rejected(at);
                    case REVOKED ->
                        requested
                                .approved(new Decision("judge1", requestedAt, "ok"))
                                .revoked(at);
                    case EXPIRED ->
                        requested
                                .approved(new Decision("judge1", requestedAt, "ok"))
                                .expired(at);
                    default -> throw new IllegalArgumentException("not an end: " + status);
                };
        authorizations.insert(a);
        return a;
    }

    private NotificationTask task(Authorization a, NotificationTask.Status status) {
        NotificationTask t = new NotificationTask(
                UUID.randomUUID(),
                a.id(),
                a.subjectId(),
                a.expiresAt(),
                NotificationTask.Status.PENDING,
                null,
                null,
                null,
                null);
        NotificationTask stored =
                status == NotificationTask.Status.NOTIFIED ? t.notified("supervisor1", a.expiresAt()) : t;
        tasks.insert(stored);
        return stored;
    }

    private List<SubjectId> existing(SubjectId... ids) {
        return java.util.Arrays.stream(ids)
                .filter(id -> subjects.find(id).isPresent())
                .toList();
    }
}
