package org.amparo.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amparo.core.engine.Outcome.Violation;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationRequest;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.Decision;
import org.amparo.core.legal.LegalBasis;
import org.amparo.core.legal.Offence;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.UseMode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** The JSON shapes of the authorization API and their translation to the core's types. */
public final class AuthorizationBodies {
    private AuthorizationBodies() {}

    /** Scope: GeoJSON areas (empty: whole country) and camera ids (empty: all in the areas). */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ScopeBody(
            @Nullable List<JsonNode> areas, @Nullable List<String> cameraIds) {}

    /** A request for an authorization; field names are binding (issue #2's contract). */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NewAuthorization(
            @Nullable String subjectId,
            @Nullable Purpose purpose,
            @Nullable UseMode mode,
            @Nullable List<DataKind> dataKinds,
            @Nullable String issuingAuthority,
            @Nullable String legalBasis,
            @Nullable String reference,
            @Nullable Instant notBefore,
            @Nullable Instant expiresAt,
            @Nullable ScopeBody scope,
            @Nullable Boolean urgent,
            @Nullable String urgentReason,
            @Nullable String offenceCode,
            @Nullable Integer maxPenaltyYears) {}

    /** An approver's decision. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record DecisionBody(
            @Nullable String decision, @Nullable String reason) {}

    /** A revocation. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record RevokeBody(@Nullable String reason) {}

    /** Translates the body, refusing with every missing or malformed field named at once. */
    public static AuthorizationRequest toRequest(NewAuthorization b, boolean demo) {
        List<Violation> missing = new ArrayList<>();
        require(missing, b.subjectId(), "subjectId");
        require(missing, b.purpose(), "purpose");
        require(missing, b.dataKinds(), "dataKinds");
        require(missing, b.issuingAuthority(), "issuingAuthority");
        require(missing, b.legalBasis(), "legalBasis");
        require(missing, b.reference(), "reference");
        require(missing, b.notBefore(), "notBefore");
        require(missing, b.expiresAt(), "expiresAt");
        boolean urgent = Boolean.TRUE.equals(b.urgent());
        if (urgent && (b.urgentReason() == null || b.urgentReason().isBlank())) {
            missing.add(new Violation("urgentReason", "urgent use needs a written reason"));
        }
        if ((b.offenceCode() == null) != (b.maxPenaltyYears() == null)) {
            missing.add(new Violation("offenceCode", "give offenceCode and maxPenaltyYears together"));
        }
        if (b.issuingAuthority() != null && b.issuingAuthority().isBlank()
                || b.legalBasis() != null && b.legalBasis().isBlank()
                || b.reference() != null && b.reference().isBlank()) {
            missing.add(new Violation("legalBasis", "issuingAuthority, legalBasis and reference must not be blank"));
        }
        if (!missing.isEmpty()) {
            throw new RefusedException(HttpStatus.BAD_REQUEST, "invalid-request", summary(missing), missing);
        }
        ScopeBody scope = b.scope() == null ? new ScopeBody(List.of(), List.of()) : b.scope();
        List<GeoArea> areas = new ArrayList<>();
        List<JsonNode> given = scope.areas() == null ? List.of() : scope.areas();
        for (int i = 0; i < given.size(); i++) {
            areas.add(GeoJsonAreas.read(given.get(i), "scope.areas[" + i + "]"));
        }
        List<DataKind> kindList = present(b.dataKinds());
        Set<DataKind> kinds = kindList.isEmpty() ? Set.of() : EnumSet.copyOf(kindList);
        Offence offence = b.offenceCode() == null ? null : offence(b.offenceCode(), b.maxPenaltyYears());
        return new AuthorizationRequest(
                Ids.subject(present(b.subjectId())),
                present(b.purpose()),
                b.mode() == null ? UseMode.LIVE : b.mode(),
                offence,
                kinds,
                areas,
                new LinkedHashSet<>(scope.cameraIds() == null ? List.of() : scope.cameraIds()),
                new LegalBasis(present(b.issuingAuthority()), present(b.legalBasis()), present(b.reference())),
                present(b.notBefore()),
                present(b.expiresAt()),
                urgent ? b.urgentReason() : null,
                demo);
    }

    private static Offence offence(String code, @Nullable Integer years) {
        if (code.isBlank() || years == null || years < 0) {
            throw RefusedException.invalid("offenceCode", "a non-blank code and a non-negative maxPenaltyYears");
        }
        return new Offence(code, years);
    }

    /** A field already checked to be present. */
    private static <T> T present(@Nullable T value) {
        return java.util.Objects.requireNonNull(value, "checked above");
    }

    private static void require(List<Violation> missing, @Nullable Object value, String field) {
        if (value == null) {
            missing.add(new Violation(field, "required"));
        }
    }

    private static String summary(List<Violation> violations) {
        return String.join(
                "; ",
                violations.stream().map(v -> v.field() + ": " + v.message()).toList());
    }

    /** The JSON view of an authorization. */
    public record AuthorizationView(
            String id,
            String status,
            String subjectId,
            Purpose purpose,
            UseMode mode,
            @Nullable String offenceCode,
            @Nullable Integer maxPenaltyYears,
            Set<DataKind> dataKinds,
            List<JsonNode> areas,
            Set<String> cameraIds,
            String issuingAuthority,
            String legalBasis,
            String reference,
            Instant notBefore,
            Instant expiresAt,
            boolean urgent,
            @Nullable String urgentReason,
            @Nullable Instant urgentDeadline,
            String requestedBy,
            Instant requestedAt,
            @Nullable Decision decision,
            @Nullable Decision end,
            boolean inEffect,
            boolean demo) {

        public static AuthorizationView of(Authorization a, Instant now) {
            return new AuthorizationView(
                    a.id().toString(),
                    a.status().name(),
                    a.subjectId().toString(),
                    a.purpose(),
                    a.mode(),
                    a.offence() == null ? null : a.offence().code(),
                    a.offence() == null ? null : a.offence().maxPenaltyYears(),
                    a.scope().dataKinds(),
                    a.scope().areas().stream()
                            .map(area -> (JsonNode) GeoJsonAreas.write(area))
                            .toList(),
                    a.scope().cameraIds(),
                    a.legalBasis().issuingAuthority(),
                    a.legalBasis().text(),
                    a.legalBasis().reference(),
                    a.notBefore(),
                    a.expiresAt(),
                    a.urgent(),
                    a.urgentReason(),
                    a.urgent() ? a.urgentDeadline() : null,
                    a.requestedBy(),
                    a.requestedAt(),
                    a.decision(),
                    a.end(),
                    a.inEffectAt(now),
                    a.demo());
        }
    }
}
