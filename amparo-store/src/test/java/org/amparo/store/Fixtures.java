package org.amparo.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.Decision;
import org.amparo.core.legal.LegalBasis;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.Scope;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.UseMode;
import org.jspecify.annotations.Nullable;

/** Test data at fixed instants. */
public final class Fixtures {
    /** The tests' "now". */
    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private Fixtures() {}

    public static Subject subject(Instant createdAt) {
        return new Subject(
                new SubjectId(UUID.randomUUID()),
                "María José Ñúñez",
                DataSubjectCategory.MISSING_PERSON,
                createdAt,
                "investigator1",
                false);
    }

    /**
     * An axis-aligned square, sides in degrees, as a closed ring; coordinates rounded to 7 decimals,
     * because WKT as JTS writes it keeps at most 16 significant digits.
     */
    public static GeoPolygon square(double lat, double lon, double side) {
        double top = round(lat + side);
        double right = round(lon + side);
        return new GeoPolygon(List.of(List.of(
                new GeoPoint(lat, lon),
                new GeoPoint(lat, right),
                new GeoPoint(top, right),
                new GeoPoint(top, lon),
                new GeoPoint(lat, lon))));
    }

    /** A regular polygon of {@code vertices} corners, coordinates rounded to 7 decimals. */
    public static GeoPolygon circle(double lat, double lon, double radius, int vertices) {
        List<GeoPoint> ring = new ArrayList<>(vertices + 1);
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            ring.add(new GeoPoint(round(lat + radius * Math.sin(angle)), round(lon + radius * Math.cos(angle))));
        }
        ring.add(ring.getFirst());
        return new GeoPolygon(List.of(ring));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    /** A plain location authorization for {@code subject}: no areas, no cameras, not urgent. */
    public static Authorization authorization(
            SubjectId subject,
            AuthorizationStatus status,
            UseMode mode,
            Instant requestedAt,
            Instant expiresAt,
            @Nullable String urgentReason) {
        Decision decision = status == AuthorizationStatus.REQUESTED
                ? null
                : new Decision("judge1", requestedAt.plus(Duration.ofMinutes(5)), "decided");
        Decision end = status == AuthorizationStatus.REVOKED || status == AuthorizationStatus.EXPIRED
                ? new Decision("system", expiresAt, "ended")
                : null;
        return new Authorization(
                new AuthorizationId(UUID.randomUUID()),
                subject,
                Purpose.VICTIM_OR_MISSING_PERSON_SEARCH,
                mode,
                null,
                new Scope(List.of(), Set.of(), Set.of(DataKind.LOCATION)),
                new LegalBasis("Unidad Judicial Penal de Quito", "COIP art. 471", "17282-2026-00042"),
                requestedAt,
                expiresAt,
                urgentReason,
                "investigator1",
                requestedAt,
                status,
                decision,
                end,
                false);
    }

    /** One area made of the given polygons. */
    public static GeoArea area(GeoPolygon... polygons) {
        return new GeoArea(List.of(polygons));
    }
}
