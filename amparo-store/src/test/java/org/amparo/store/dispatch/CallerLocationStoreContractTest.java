package org.amparo.store.dispatch;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.amparo.core.dispatch.CallId;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.IncidentStatus;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.caller.CallerFinding;
import org.amparo.core.dispatch.caller.CallerLocationId;
import org.amparo.core.dispatch.caller.CallerRetention;
import org.amparo.core.dispatch.caller.DeadLetter;
import org.amparo.core.dispatch.caller.DeadLetterId;
import org.amparo.core.dispatch.caller.IntakeDrop;
import org.amparo.core.dispatch.caller.MessageKind;
import org.amparo.core.dispatch.caller.StoredCallerLocation;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.CivicAddress;
import org.amparo.core.ingest.emergency.CivicField;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.amparo.core.ingest.emergency.LocationSource;
import org.amparo.core.ingest.emergency.NoLocationReason;
import org.amparo.core.ingest.emergency.PositioningMethod;
import org.amparo.store.DatabaseTestBase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The contract of the caller-location and dead-letter stores and their purgers, run against every database. */
abstract class CallerLocationStoreContractTest extends DatabaseTestBase {
    private static final CallerNumber NUMBER = new CallerNumber("+593991234567");

    private JdbcCallerLocationStore store() {
        return new JdbcCallerLocationStore(dataSource());
    }

    private Incident incident(Instant at) {
        Incident incident = Incident.open(
                new IncidentId(UUID.randomUUID()),
                IncidentType.MEDICAL,
                Priority.P1,
                NUMBER,
                new CallId(UUID.randomUUID()),
                at);
        new JdbcIncidentStore(dataSource()).insert(incident);
        return incident;
    }

    private static StoredCallerLocation located(Instant at, @Nullable IncidentId incident, @Nullable Instant expiry) {
        Map<CivicField, String> civic = new EnumMap<>(CivicField.class);
        civic.put(CivicField.A3, "Cuenca");
        civic.put(CivicField.RD, "Calle Larga ñ");
        return new StoredCallerLocation(
                new CallerLocationId(UUID.randomUUID()),
                NUMBER,
                at,
                LocationSource.AML_SMS_V1,
                Set.of(LocationFlag.LENGTH_MISMATCH),
                new CallerFinding.Position(
                        new GeoPoint(-2.9001, -79.0059), 20.0, 68, PositioningMethod.GNSS, at, new CivicAddress(civic)),
                expiry,
                incident);
    }

    private static StoredCallerLocation unlocated(Instant at) {
        return new StoredCallerLocation(
                new CallerLocationId(UUID.randomUUID()),
                NUMBER,
                at,
                LocationSource.HELD,
                Set.of(),
                new CallerFinding.None(NoLocationReason.LOCATION_UNKNOWN, "HELD error locationUnknown"),
                null,
                null);
    }

    @Test
    void locationsRoundTripAndAreMatchedOnce() {
        Incident incident = incident(T0);
        StoredCallerLocation a = located(T0, null, T0.plusSeconds(3600));
        StoredCallerLocation b = unlocated(T0.plusSeconds(5));
        store().insert(a);
        store().insert(b);

        assertThat(store().find(a.id())).contains(a);
        assertThat(store().unmatched(NUMBER, T0, T0.plusSeconds(5))).containsExactly(a, b);
        assertThat(store().unmatched(NUMBER, T0.plusSeconds(1), T0.plusSeconds(5)))
                .containsExactly(b);
        assertThat(store().unmatched(new CallerNumber("+593000000000"), T0, T0.plusSeconds(5)))
                .isEmpty();
        assertThat(store().assign(a.id(), incident.id())).isTrue();
        assertThat(store().assign(a.id(), incident.id())).isFalse();
        assertThat(store().assign(b.id(), incident.id())).isTrue();
        assertThat(store().forIncident(incident.id()))
                .containsExactly(b.matchedTo(incident.id()), a.matchedTo(incident.id()));
    }

    @Test
    void deadLettersAreKeptNewestFirstAndCountedWithDrops() {
        JdbcDeadLetterStore letters = new JdbcDeadLetterStore(dataSource());
        DeadLetter older = letter(T0, InvalidReason.BAD_MAC);
        DeadLetter newer = letter(T0.plusSeconds(1), InvalidReason.BAD_MAC);
        letters.insert(older);
        letters.insert(newer);
        letters.countDropped(IntakeDrop.NO_CALLER_NUMBER);

        assertThat(letters.latest(10)).containsExactly(newer, older);
        assertThat(letters.counts()).isEqualTo(Map.of("BAD_MAC", 2L, "NO_CALLER_NUMBER", 1L));
    }

    @Test
    void thePurgeKeepsOpenIncidentsLocationsAndDeletesTheRestByTheirRules() {
        Instant now = T0.plus(Duration.ofDays(40));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        CallerRetention retention = new CallerRetention(Duration.ofHours(24), Duration.ofDays(7));
        Incident open = incident(T0);
        Incident closedLongAgo = incident(T0);
        Incident closedRecently = incident(T0);
        JdbcIncidentStore incidents = new JdbcIncidentStore(dataSource());
        incidents.update(
                closedLongAgo.moveTo(IncidentStatus.CLOSED, T0.plusSeconds(60)).orElseThrow());
        incidents.update(closedRecently
                .moveTo(IncidentStatus.CLOSED, now.minus(Duration.ofDays(1)))
                .orElseThrow());
        StoredCallerLocation keptOpen = located(T0, open.id(), null);
        StoredCallerLocation expiredOpen = located(T0, open.id(), now.minusSeconds(1));
        StoredCallerLocation oldClosed = located(T0, closedLongAgo.id(), null);
        StoredCallerLocation recentClosed = located(T0, closedRecently.id(), null);
        StoredCallerLocation oldUnmatched = located(now.minus(Duration.ofHours(25)), null, null);
        StoredCallerLocation freshUnmatched = located(now.minus(Duration.ofHours(23)), null, null);
        for (StoredCallerLocation l :
                new StoredCallerLocation[] {keptOpen, expiredOpen, oldClosed, recentClosed, oldUnmatched, freshUnmatched
                }) {
            store().insert(l);
        }
        Instant cutoff = now.minus(Duration.ofDays(30));

        CallerLocationPurger purger = new CallerLocationPurger(dataSource(), clock, retention);
        int first = tx().inTransaction(() -> purger.purgeBatch(cutoff, 2));
        int rest = tx().inTransaction(() -> purger.purgeBatch(cutoff, 10));

        assertThat(first + rest).isEqualTo(3);
        assertThat(tx().inTransaction(() -> purger.purgeBatch(cutoff, 10))).isZero();
        assertThat(store().find(keptOpen.id())).isPresent();
        assertThat(store().find(recentClosed.id())).isPresent();
        assertThat(store().find(freshUnmatched.id())).isPresent();
        assertThat(store().find(expiredOpen.id())).isEmpty();
        assertThat(store().find(oldClosed.id())).isEmpty();
        assertThat(store().find(oldUnmatched.id())).isEmpty();
        assertThat(sql().sql("SELECT COUNT(*) FROM caller_location_civic")
                        .query(Long.class)
                        .single())
                .as("civic addresses go with their locations")
                .isEqualTo(6);
    }

    @Test
    void theDeadLetterPurgeKeepsTheCounts() {
        Instant now = T0.plus(Duration.ofDays(10));
        JdbcDeadLetterStore letters = new JdbcDeadLetterStore(dataSource());
        letters.insert(letter(T0, InvalidReason.MALFORMED));
        DeadLetter recent = letter(now.minus(Duration.ofDays(1)), InvalidReason.MALFORMED);
        letters.insert(recent);
        DeadLetterPurger purger = new DeadLetterPurger(
                dataSource(),
                Clock.fixed(now, ZoneOffset.UTC),
                new CallerRetention(Duration.ofHours(24), Duration.ofDays(7)));

        assertThat(tx().inTransaction(() -> purger.purgeBatch(now.minus(Duration.ofDays(30)), 10)))
                .isEqualTo(1);
        assertThat(letters.latest(10)).containsExactly(recent);
        assertThat(letters.counts()).isEqualTo(Map.of("MALFORMED", 2L));
    }

    private static DeadLetter letter(Instant at, InvalidReason reason) {
        return new DeadLetter(
                new DeadLetterId(UUID.randomUUID()),
                at,
                MessageKind.AML_SMS_TEXT,
                reason,
                "hmac does not authenticate",
                DeadLetter.excerptOf("A\"ML=1;lt=+54.76397;\u0007"));
    }
}
