package org.amparo.server.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.IncidentSummary;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitProposal;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.dispatch.caller.CallerFinding;
import org.amparo.core.dispatch.caller.StoredCallerLocation;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.CivicAddress;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.amparo.core.ingest.emergency.LocationSource;
import org.jspecify.annotations.Nullable;

/** The lines the dispatch pages show, each ready for a template. Immutable values; stateless helpers. */
final class DispatchRows {
    private DispatchRows() {}

    /** One timeline entry: when, who, and what in the page's language. */
    record TimelineRow(Instant at, String actor, String kind, String what) {}

    /** A unit working on the incident, with the statuses it may report next (DISPATCHED comes only by dispatch). */
    record UnitRow(Unit unit, List<UnitStatus> next) {
        static UnitRow of(Unit unit) {
            return new UnitRow(
                    unit,
                    unit.status().next().stream()
                            .filter(s -> s != UnitStatus.DISPATCHED)
                            .toList());
        }
    }

    /** A proposed unit with its ETA and distance as people read them. */
    record ProposalRow(String unitId, String callSign, String type, String eta, String distance) {
        static ProposalRow of(UnitProposal p) {
            return new ProposalRow(
                    p.unit().id().toString(),
                    p.unit().callSign(),
                    p.unit().type().name(),
                    duration(p.etaSeconds()),
                    DispatchRows.distance(p.distanceMeters()));
        }
    }

    /** One line of the board: an incident without personal data, with its age. */
    record BoardRow(IncidentSummary incident, String age) {}

    /**
     * A caller location as the incident page shows it: supplementary, beside the incident's own location, never
     * instead of it.
     *
     * @param accepted whether the incident's location is this position, because a person accepted it
     */
    record CallerRow(
            String id,
            Instant receivedAt,
            String family,
            LocationSource format,
            @Nullable GeoPoint point,
            @Nullable Double radiusMeters,
            @Nullable Integer confidence,
            @Nullable String method,
            @Nullable Instant positionedAt,
            @Nullable String civic,
            @Nullable String noLocation,
            List<LocationFlag> flags,
            boolean accepted) {
        static CallerRow of(StoredCallerLocation l, @Nullable GeoPoint incidentLocation) {
            String family = DispatchRows.family(l.source());
            List<LocationFlag> flags = l.flags().stream().sorted().toList();
            return switch (l.finding()) {
                case CallerFinding.Position p ->
                    new CallerRow(
                            l.id().toString(),
                            l.receivedAt(),
                            family,
                            l.source(),
                            p.point(),
                            p.radiusMeters(),
                            p.confidencePercent(),
                            p.method().name(),
                            p.positionedAt(),
                            DispatchRows.civic(p.civic()),
                            null,
                            flags,
                            p.point() != null && p.point().equals(incidentLocation));
                case CallerFinding.None none ->
                    new CallerRow(
                            l.id().toString(),
                            l.receivedAt(),
                            family,
                            l.source(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            none.reason().name(),
                            flags,
                            false);
            };
        }

        /** Whether a person may accept it as the incident's location: it has a point not yet accepted. */
        public boolean acceptable() {
            return point != null && !accepted;
        }

        public String radius() {
            return radiusMeters == null ? "" : DispatchRows.distance(radiusMeters);
        }
    }

    static String family(LocationSource source) {
        return switch (source) {
            case AML_SMS_V1, AML_SMS_V2, AML_BINARY_SMS, AML_HTTPS -> "AML";
            case PIDF_LO -> "PIDF_LO";
            case HELD -> "HELD";
        };
    }

    /** A short incident reference for people: the first 8 hexadecimal digits of its id. */
    static String shortId(IncidentId id) {
        return id.toString().substring(0, 8);
    }

    /** "45 s", "12 min", "3 h 5 min". */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = (seconds + 59) / 60;
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    /** "850 m", "1.8 km", "9,234 km". */
    static String distance(double meters) {
        if (meters < 1_000) {
            return Math.round(meters) + " m";
        }
        if (meters < 100_000) {
            return String.format(Locale.ROOT, "%.1f km", meters / 1_000);
        }
        return String.format(Locale.ROOT, "%,d km", Math.round(meters / 1_000));
    }

    private static @Nullable String civic(@Nullable CivicAddress civic) {
        if (civic == null || civic.fields().isEmpty()) {
            return null;
        }
        return String.join(", ", civic.fields().values());
    }
}
