package org.amparo.store.legal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.Decision;
import org.amparo.core.legal.LegalBasis;
import org.amparo.core.legal.Offence;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.Scope;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.UseMode;
import org.amparo.store.Timestamps;
import org.jspecify.annotations.Nullable;

/**
 * The mapping between an {@link Authorization} and its row in {@code authorizations}; the scope's
 * areas and cameras live in child tables and are attached by {@link #toAuthorization}.
 */
record AuthorizationRows(Authorization withoutScopeLists) {

    static final String COLUMNS = """
            id, subject_id, purpose, use_mode, offence_code, offence_max_years, data_kinds,
            issuing_authority, legal_basis, legal_reference, not_before, expires_at, urgent_reason,
            urgent_deadline, requested_by, requested_at, status, decision_by, decision_at,
            decision_reason, end_by, end_at, end_reason, demo""";

    static final String INSERT = "INSERT INTO authorizations (" + COLUMNS + """
            ) VALUES (:id, :subjectId, :purpose, :useMode, :offenceCode, :offenceMaxYears, :dataKinds,
            :issuingAuthority, :legalBasis, :legalReference, :notBefore, :expiresAt, :urgentReason,
            :urgentDeadline, :requestedBy, :requestedAt, :status, :decisionBy, :decisionAt,
            :decisionReason, :endBy, :endAt, :endReason, :demo)""";

    /** Named parameters for {@link #INSERT}; the update uses the status, decision and end ones. */
    static Map<String, @Nullable Object> params(Authorization a) {
        Map<String, @Nullable Object> p = new LinkedHashMap<>();
        p.put("id", a.id().toString());
        p.put("subjectId", a.subjectId().toString());
        p.put("purpose", a.purpose().name());
        p.put("useMode", a.mode().name());
        p.put("offenceCode", a.offence() == null ? null : a.offence().code());
        p.put("offenceMaxYears", a.offence() == null ? null : a.offence().maxPenaltyYears());
        p.put(
                "dataKinds",
                a.scope().dataKinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        p.put("issuingAuthority", a.legalBasis().issuingAuthority());
        p.put("legalBasis", a.legalBasis().text());
        p.put("legalReference", a.legalBasis().reference());
        p.put("notBefore", Timestamps.param(a.notBefore()));
        p.put("expiresAt", Timestamps.param(a.expiresAt()));
        p.put("urgentReason", a.urgentReason());
        p.put("urgentDeadline", Timestamps.param(a.urgent() ? a.urgentDeadline() : null));
        p.put("requestedBy", a.requestedBy());
        p.put("requestedAt", Timestamps.param(a.requestedAt()));
        p.put("demo", a.demo());
        p.putAll(stateParams(a));
        return p;
    }

    /** The parameters of the mutable state: status, decision and end. */
    static Map<String, @Nullable Object> stateParams(Authorization a) {
        Map<String, @Nullable Object> p = new LinkedHashMap<>();
        p.put("id", a.id().toString());
        p.put("status", a.status().name());
        p.put("decisionBy", a.decision() == null ? null : a.decision().by());
        p.put(
                "decisionAt",
                Timestamps.param(a.decision() == null ? null : a.decision().at()));
        p.put("decisionReason", a.decision() == null ? null : a.decision().reason());
        p.put("endBy", a.end() == null ? null : a.end().by());
        p.put("endAt", Timestamps.param(a.end() == null ? null : a.end().at()));
        p.put("endReason", a.end() == null ? null : a.end().reason());
        return p;
    }

    /** Reads one row; the scope's areas and cameras are left empty until {@link #toAuthorization}. */
    static AuthorizationRows read(ResultSet rs, int row) throws SQLException {
        String codeText = rs.getString("offence_code");
        Offence offence = codeText == null ? null : new Offence(codeText, rs.getInt("offence_max_years"));
        Set<DataKind> kinds = EnumSet.noneOf(DataKind.class);
        Arrays.stream(rs.getString("data_kinds").split(","))
                .map(DataKind::valueOf)
                .forEach(kinds::add);
        Authorization a = new Authorization(
                AuthorizationId.parse(rs.getString("id")),
                SubjectId.parse(rs.getString("subject_id")),
                Purpose.valueOf(rs.getString("purpose")),
                UseMode.valueOf(rs.getString("use_mode")),
                offence,
                new Scope(List.of(), Set.of(), kinds),
                new LegalBasis(
                        rs.getString("issuing_authority"),
                        rs.getString("legal_basis"),
                        rs.getString("legal_reference")),
                Timestamps.read(rs, "not_before"),
                Timestamps.read(rs, "expires_at"),
                rs.getString("urgent_reason"),
                rs.getString("requested_by"),
                Timestamps.read(rs, "requested_at"),
                AuthorizationStatus.valueOf(rs.getString("status")),
                decision(rs, "decision"),
                decision(rs, "end"),
                rs.getBoolean("demo"));
        return new AuthorizationRows(a);
    }

    private static @Nullable Decision decision(ResultSet rs, String prefix) throws SQLException {
        String by = rs.getString(prefix + "_by");
        Instant at = Timestamps.readNullable(rs, prefix + "_at");
        String reason = rs.getString(prefix + "_reason");
        if (by == null || at == null || reason == null) {
            return null;
        }
        return new Decision(by, at, reason);
    }

    /** The identifier as stored. */
    String idText() {
        return withoutScopeLists.id().toString();
    }

    /** The authorization with its scope's areas (in stored order) and cameras. */
    Authorization toAuthorization(List<GeoArea> areas, Set<String> cameraIds) {
        Authorization a = withoutScopeLists;
        return new Authorization(
                a.id(),
                a.subjectId(),
                a.purpose(),
                a.mode(),
                a.offence(),
                new Scope(areas, cameraIds, a.scope().dataKinds()),
                a.legalBasis(),
                a.notBefore(),
                a.expiresAt(),
                a.urgentReason(),
                a.requestedBy(),
                a.requestedAt(),
                a.status(),
                a.decision(),
                a.end(),
                a.demo());
    }
}
