package org.amparo.store.legal;

import static org.amparo.core.legal.AuthorizationStatus.APPROVED;
import static org.amparo.core.legal.AuthorizationStatus.EXPIRED;
import static org.amparo.core.legal.AuthorizationStatus.REJECTED;
import static org.amparo.core.legal.AuthorizationStatus.REQUESTED;
import static org.amparo.core.legal.AuthorizationStatus.REVOKED;
import static org.amparo.core.legal.UseMode.LIVE;
import static org.amparo.core.legal.UseMode.POST_EVENT;
import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.Decision;
import org.amparo.core.legal.LegalBasis;
import org.amparo.core.legal.Offence;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.Scope;
import org.amparo.core.legal.SubjectId;
import org.amparo.store.DatabaseTestBase;
import org.amparo.store.Fixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link AuthorizationStore}, run against every database. */
abstract class AuthorizationStoreContractTest extends DatabaseTestBase {
    private static final Duration HOUR = Duration.ofHours(1);

    private AuthorizationStore store;
    private SubjectId subject;

    @BeforeEach
    void subject() {
        store = new JdbcAuthorizationStore(dataSource());
        var s = Fixtures.subject(T0.minus(Duration.ofDays(30)));
        new JdbcSubjectStore(dataSource()).insert(s);
        subject = s.id();
    }

    private Authorization full() {
        GeoPolygon withHole = new GeoPolygon(List.of(
                Fixtures.square(-0.3, -78.6, 0.2).rings().getFirst(),
                List.of(
                        new GeoPoint(-0.25, -78.55),
                        new GeoPoint(-0.25, -78.45),
                        new GeoPoint(-0.15, -78.45),
                        new GeoPoint(-0.25, -78.55))));
        Scope scope = new Scope(
                List.of(
                        Fixtures.area(withHole),
                        Fixtures.area(Fixtures.square(-2.2, -80.0, 0.1), Fixtures.square(-2.0, -79.8, 0.05))),
                Set.of("cam-quito-001", "cam,with;odd|chars"),
                Set.of(DataKind.FACE));
        return new Authorization(
                new AuthorizationId(UUID.randomUUID()),
                subject,
                Purpose.SERIOUS_OFFENCE_SUSPECT,
                LIVE,
                new Offence("COIP-140", 26),
                scope,
                new LegalBasis("Unidad Judicial Penal de Quito", "COIP art. 471, 476", "17282-2026-00042"),
                T0,
                T0.plus(Duration.ofDays(7)),
                "hostage situation, life at risk — written reason",
                "investigator1",
                T0.minusSeconds(90).plusMillis(123),
                REQUESTED,
                null,
                null,
                true);
    }

    @Test
    void roundTripsEveryFieldWithAreasCamerasOffenceAndUrgentReason() {
        Authorization a = full();
        store.insert(a);

        assertThat(store.find(a.id())).contains(a);
    }

    @Test
    void findsManyWithTheirScopesInOneCall() {
        Authorization a = full();
        Authorization b = Fixtures.authorization(subject, REQUESTED, POST_EVENT, T0, T0.plus(HOUR), null);
        store.insert(a);
        store.insert(b);
        AuthorizationId unknown = new AuthorizationId(UUID.randomUUID());

        assertThat(store.findAll(List.of(a.id(), b.id(), unknown, a.id())))
                .containsOnlyKeys(a.id(), b.id())
                .containsEntry(a.id(), a)
                .containsEntry(b.id(), b);
        assertThat(store.findAll(List.of())).isEmpty();
    }

    @Test
    void roundTripsAnEmptyScopeAndDecisions() {
        Authorization a = Fixtures.authorization(subject, REQUESTED, POST_EVENT, T0, T0.plus(HOUR), null);
        store.insert(a);
        Authorization approved = a.approved(new Decision("judge1", T0.plusSeconds(60), "proportionate"));
        store.update(approved);
        Authorization revoked = approved.revoked(new Decision("judge2", T0.plusSeconds(120), "no longer needed"));
        store.update(revoked);

        assertThat(store.find(a.id())).contains(revoked);
    }

    @Test
    void updateReplacesStatusDecisionAndEndOnly() {
        Authorization a = full();
        store.insert(a);
        Authorization rejected = a.rejected(new Decision("judge1", T0.plusSeconds(5), "not necessary"));
        store.update(rejected);

        assertThat(store.find(a.id())).contains(rejected);
    }

    @Test
    void updatingAnUnknownAuthorizationFails() {
        Authorization a = Fixtures.authorization(subject, REQUESTED, LIVE, T0, T0.plus(HOUR), null);

        assertThatThrownBy(() -> store.update(a)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void findForUpdateReadsInsideATransaction() {
        Authorization a = full();
        store.insert(a);

        assertThat(tx().inTransaction(() -> store.findForUpdate(a.id()))).contains(a);
        assertThat(tx().inTransaction(() -> store.findForUpdate(new AuthorizationId(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void forSubjectAndListReturnNewestRequestFirst() {
        Authorization older = Fixtures.authorization(subject, APPROVED, LIVE, T0, T0.plus(HOUR), null);
        Authorization newer = Fixtures.authorization(subject, REQUESTED, LIVE, T0.plusSeconds(10), T0.plus(HOUR), null);
        Authorization newest = full();
        store.insert(older);
        store.insert(newer);

        assertThat(store.forSubject(subject)).containsExactly(newer, older);
        assertThat(store.forSubject(new SubjectId(UUID.randomUUID()))).isEmpty();
        store.insert(newest);
        assertThat(store.list(null, 10)).containsExactly(newer, older, newest);
        assertThat(store.list(REQUESTED, 10)).containsExactly(newer, newest);
        assertThat(store.list(null, 1)).containsExactly(newer);
        assertThat(store.list(REVOKED, 10)).isEmpty();
    }

    @Test
    void dueToEndFindsExactlyWhatMustEnd() {
        Instant now = T0;
        Authorization expiredApproved = save(APPROVED, LIVE, now.minus(Duration.ofDays(2)), now.minus(HOUR), null);
        Authorization endsExactlyNow = save(APPROVED, LIVE, now.minus(Duration.ofDays(1)), now, null);
        Authorization lapsedUrgentLive =
                save(REQUESTED, LIVE, now.minus(Duration.ofHours(25)), now.plus(Duration.ofDays(5)), "urgent");
        Authorization undecidedPastWindow = save(REQUESTED, LIVE, now.minus(Duration.ofDays(3)), now.minus(HOUR), null);
        save(APPROVED, LIVE, now.minus(HOUR), now.plus(HOUR), null);
        save(REQUESTED, POST_EVENT, now.minus(Duration.ofHours(25)), now.plus(Duration.ofDays(5)), "urgent");
        save(REQUESTED, LIVE, now.minus(Duration.ofHours(30)), now.plus(HOUR), null);
        save(REQUESTED, LIVE, now.minus(Duration.ofHours(23)), now.plus(Duration.ofDays(5)), "urgent");
        save(REVOKED, LIVE, now.minus(Duration.ofDays(3)), now.minus(HOUR), null);
        save(EXPIRED, LIVE, now.minus(Duration.ofDays(3)), now.minus(HOUR), null);
        save(REJECTED, LIVE, now.minus(Duration.ofDays(3)), now.minus(HOUR), "urgent");

        assertThat(store.dueToEnd(now, 100))
                .containsExactlyInAnyOrder(expiredApproved, endsExactlyNow, lapsedUrgentLive, undecidedPastWindow);
        assertThat(store.dueToEnd(now, 2)).hasSize(2);
        assertThat(store.dueToEnd(now.minus(Duration.ofDays(10)), 100)).isEmpty();
    }

    @Test
    void urgentDeadlineIsExactToTheMillisecond() {
        Instant requested = T0.minus(Duration.ofHours(48)).plusMillis(1);
        Authorization urgent = save(REQUESTED, POST_EVENT, requested, T0.plus(Duration.ofDays(5)), "urgent");

        assertThat(store.dueToEnd(T0, 10)).isEmpty();
        assertThat(store.dueToEnd(T0.plusMillis(1), 10)).containsExactly(urgent);
    }

    private Authorization save(
            AuthorizationStatus status,
            org.amparo.core.legal.UseMode mode,
            Instant requestedAt,
            Instant expiresAt,
            @Nullable String urgent) {
        Authorization a = Fixtures.authorization(subject, status, mode, requestedAt, expiresAt, urgent);
        store.insert(a);
        return a;
    }
}
