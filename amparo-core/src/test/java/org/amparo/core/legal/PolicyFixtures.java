package org.amparo.core.legal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import org.jspecify.annotations.Nullable;

/** Builders of authorizations and areas for policy tests. */
final class PolicyFixtures {
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    static final LegalBasis BASIS = new LegalBasis("Juzgado Segundo", "COIP art. 476", "17282-2025-00777");

    private PolicyFixtures() {}

    /** The rectangle between the given latitudes and longitudes, as one closed ring. */
    static GeoArea rectangle(double south, double west, double north, double east) {
        return GeoArea.of(new GeoPolygon(List.of(List.of(
                new GeoPoint(south, west),
                new GeoPoint(south, east),
                new GeoPoint(north, east),
                new GeoPoint(north, west),
                new GeoPoint(south, west)))));
    }

    static AuthorizationId authorizationId(long n) {
        return new AuthorizationId(new UUID(0xA0, n));
    }

    static SubjectId subjectId(long n) {
        return new SubjectId(new UUID(0x50, n));
    }

    /** An authorization for VICTIM_OR_MISSING_PERSON_SEARCH (face and location), requested at {@link #T0}. */
    static Authorization authorization(
            AuthorizationId id,
            SubjectId subject,
            AuthorizationStatus status,
            Scope scope,
            Instant notBefore,
            Instant expiresAt,
            @Nullable String urgentReason) {
        Decision decision = status == AuthorizationStatus.REQUESTED ? null : new Decision("bob", T0, "decided");
        return new Authorization(
                id,
                subject,
                Purpose.VICTIM_OR_MISSING_PERSON_SEARCH,
                UseMode.LIVE,
                null,
                scope,
                BASIS,
                notBefore,
                expiresAt,
                urgentReason,
                "alice",
                T0,
                status,
                decision,
                null,
                false);
    }

    static Authorization approved(AuthorizationId id, SubjectId subject, Scope scope) {
        return authorization(id, subject, AuthorizationStatus.APPROVED, scope, T0, T0.plus(Duration.ofDays(10)), null);
    }

    static Scope scope(List<GeoArea> areas, Set<String> cameras, Set<DataKind> kinds) {
        return new Scope(areas, cameras, kinds);
    }
}
