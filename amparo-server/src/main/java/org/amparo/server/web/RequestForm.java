package org.amparo.server.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.amparo.core.engine.Outcome.Violation;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.UseMode;
import org.amparo.server.api.AuthorizationBodies.NewAuthorization;
import org.amparo.server.api.AuthorizationBodies.ScopeBody;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of the request form, as typed. {@link #toBody} turns them into the API's request body,
 * so that the form and the JSON API share one translation and one set of checks; what cannot even be
 * read (a malformed time, number or GeoJSON) is reported here, field by field.
 *
 * @param notBefore {@code datetime-local} text, read as UTC
 * @param expiresAt {@code datetime-local} text, read as UTC
 * @param area a GeoJSON Polygon, MultiPolygon, Feature or FeatureCollection; blank: the whole country
 * @param cameraIds comma-separated camera ids; blank: every camera in the area
 */
public record RequestForm(
        @Nullable String subjectId,
        @Nullable String purpose,
        @Nullable String mode,
        @Nullable List<String> dataKinds,
        @Nullable String offenceCode,
        @Nullable String maxPenaltyYears,
        @Nullable String issuingAuthority,
        @Nullable String legalBasis,
        @Nullable String reference,
        @Nullable String notBefore,
        @Nullable String expiresAt,
        @Nullable String area,
        @Nullable String cameraIds,
        @Nullable Boolean urgent,
        @Nullable String urgentReason) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An empty form for a subject, with a window from now to a week later. */
    static RequestForm blank(@Nullable String subjectId, Instant now) {
        return new RequestForm(
                subjectId,
                null,
                UseMode.LIVE.name(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                Formats.input(now),
                Formats.input(now.plus(Duration.ofDays(7))),
                null,
                null,
                false,
                null);
    }

    public boolean hasKind(String kind) {
        return dataKinds != null && dataKinds.contains(kind);
    }

    public boolean isUrgent() {
        return Boolean.TRUE.equals(urgent);
    }

    /** The API body, or the fields that could not be read. */
    sealed interface Parsed {
        record Body(NewAuthorization body) implements Parsed {}

        record Unreadable(List<Violation> violations) implements Parsed {}
    }

    Parsed toBody() {
        List<Violation> bad = new ArrayList<>();
        Purpose parsedPurpose = enumValue(Purpose.class, purpose, "purpose", bad);
        UseMode parsedMode = enumValue(UseMode.class, mode, "mode", bad);
        List<DataKind> kinds = new ArrayList<>();
        for (String kind : dataKinds == null ? List.<String>of() : dataKinds) {
            DataKind parsed = enumValue(DataKind.class, kind, "dataKinds", bad);
            if (parsed != null) {
                kinds.add(parsed);
            }
        }
        Integer years = null;
        if (!blank(maxPenaltyYears)) {
            try {
                years = Integer.valueOf(text(maxPenaltyYears));
            } catch (NumberFormatException e) {
                bad.add(new Violation("maxPenaltyYears", "a whole number of years"));
            }
        }
        Instant from = time(notBefore, "notBefore", bad);
        Instant to = time(expiresAt, "expiresAt", bad);
        List<JsonNode> areas = areas(bad);
        if (!bad.isEmpty()) {
            return new Parsed.Unreadable(bad);
        }
        List<String> cameras = Arrays.stream(text(cameraIds).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new Parsed.Body(new NewAuthorization(
                orNull(subjectId),
                parsedPurpose,
                parsedMode,
                kinds,
                orNull(issuingAuthority),
                orNull(legalBasis),
                orNull(reference),
                from,
                to,
                new ScopeBody(areas, cameras),
                isUrgent(),
                isUrgent() ? orNull(urgentReason) : null,
                orNull(offenceCode),
                years));
    }

    private List<JsonNode> areas(List<Violation> bad) {
        if (blank(area)) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(text(area));
            if ("FeatureCollection".equals(node.path("type").asString(""))) {
                List<JsonNode> features = new ArrayList<>();
                node.path("features").forEach(features::add);
                return features;
            }
            return List.of(node);
        } catch (JacksonException e) {
            bad.add(new Violation("area", "not valid GeoJSON: " + e.getOriginalMessage()));
            return List.of();
        }
    }

    private static @Nullable Instant time(@Nullable String value, String field, List<Violation> bad) {
        if (blank(value)) {
            return null;
        }
        try {
            return Formats.parseInput(text(value));
        } catch (DateTimeException e) {
            bad.add(new Violation(field, "a date and time, e.g. 2026-01-31T14:00 (UTC)"));
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E enumValue(
            Class<E> type, @Nullable String value, String field, List<Violation> bad) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text(value));
        } catch (IllegalArgumentException e) {
            bad.add(new Violation(field, "unknown value '" + value + "'"));
            return null;
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String orNull(@Nullable String value) {
        return blank(value) ? null : text(value);
    }
}
