package org.amparo.core.legal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amparo.core.engine.Outcome.Violation;
import org.amparo.core.geo.GeoArea;
import org.jspecify.annotations.Nullable;

/**
 * What an investigator asks for. {@link #violations} lists every rule of CHARTER section 1 the
 * request breaks, so that a refusal names all of them at once.
 *
 * @param subjectId the one named subject
 * @param purpose purpose from the closed list
 * @param mode live or post-event
 * @param offence required for suspects, otherwise null
 * @param dataKinds FACE and/or LOCATION
 * @param areas areas (empty: whole country)
 * @param cameraIds cameras (empty: all inside the areas)
 * @param legalBasis issuing authority, legal basis, reference
 * @param notBefore window start
 * @param expiresAt window end
 * @param urgentReason written reason for urgent use before approval, or null
 * @param demo synthetic demo data
 */
public record AuthorizationRequest(
        SubjectId subjectId,
        Purpose purpose,
        UseMode mode,
        @Nullable Offence offence,
        Set<DataKind> dataKinds,
        List<GeoArea> areas,
        Set<String> cameraIds,
        LegalBasis legalBasis,
        Instant notBefore,
        Instant expiresAt,
        @Nullable String urgentReason,
        boolean demo) {

    /** Longest free-text field, in characters. */
    public static final int MAX_TEXT = 2_000;

    /** The rules this request breaks for a subject of the given category at {@code now}; empty if none. */
    public List<Violation> violations(DataSubjectCategory category, Instant now) {
        List<Violation> found = new ArrayList<>();
        if (dataKinds.isEmpty()) {
            found.add(new Violation("dataKinds", "name at least one data kind: FACE and/or LOCATION"));
        }
        for (DataKind kind : dataKinds) {
            if (!purpose.allowedKinds().contains(kind)) {
                found.add(new Violation("dataKinds", "purpose " + purpose + " does not allow data kind " + kind));
            }
        }
        if (!purpose.allowedCategories().contains(category)) {
            found.add(new Violation(
                    "subjectId", "purpose " + purpose + " cannot concern a subject of category " + category));
        }
        offenceViolations(found);
        if (mode == UseMode.POST_EVENT && (!purpose.postEventAllowed() || !dataKinds.equals(Set.of(DataKind.FACE)))) {
            found.add(new Violation(
                    "mode",
                    "post-event use is only for face search of a named suspect or victim of a specific offence"));
        }
        if (!expiresAt.isAfter(notBefore)) {
            found.add(new Violation("expiresAt", "expiresAt must be after notBefore"));
        } else if (!expiresAt.isAfter(now)) {
            found.add(new Violation("expiresAt", "the validity window has already ended"));
        }
        if (urgentReason != null && urgentReason.isBlank()) {
            found.add(new Violation("urgentReason", "urgent use needs a written reason"));
        }
        textViolations(found);
        return found;
    }

    private void offenceViolations(List<Violation> found) {
        if (purpose.requiresOffence()) {
            if (offence == null) {
                found.add(new Violation("offenceCode", purpose + " requires offenceCode and maxPenaltyYears"));
            } else if (!offence.serious()) {
                found.add(new Violation(
                        "maxPenaltyYears",
                        "the offence's maximum penalty (" + offence.maxPenaltyYears()
                                + " years) is under the " + Purpose.MIN_PENALTY_YEARS
                                + " years the charter requires for face identification of a suspect"));
            }
        } else if (offence != null && mode != UseMode.POST_EVENT) {
            found.add(new Violation("offenceCode", "an offence is only stated for " + Purpose.SERIOUS_OFFENCE_SUSPECT));
        }
    }

    private void textViolations(List<Violation> found) {
        String[][] texts = {
            {"issuingAuthority", legalBasis.issuingAuthority()},
            {"legalBasis", legalBasis.text()},
            {"reference", legalBasis.reference()},
            {"urgentReason", urgentReason == null ? "" : urgentReason}
        };
        for (String[] text : texts) {
            if (text[1].length() > MAX_TEXT) {
                found.add(new Violation(text[0], "longer than " + MAX_TEXT + " characters"));
            }
        }
        for (String camera : cameraIds) {
            if (camera.isBlank() || camera.length() > 100) {
                found.add(new Violation("scope.cameraIds", "a camera id has 1..100 characters"));
            }
        }
    }
}
