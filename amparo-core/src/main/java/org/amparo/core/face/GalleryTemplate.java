package org.amparo.core.face;

import java.util.Objects;
import java.util.UUID;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;

/**
 * One decrypted template in the gallery, with what a match needs to know about its entry. Lives
 * only in memory. Immutable.
 *
 * @param entryId the watchlist entry
 * @param subjectId its subject
 * @param authorizationId its authorization
 * @param templateId the template's id
 * @param templateSha256 hex SHA-256 of the plain template
 * @param photo the enrolment photo it came from
 * @param template the unit vector
 */
public record GalleryTemplate(
        WatchlistEntryId entryId,
        SubjectId subjectId,
        AuthorizationId authorizationId,
        UUID templateId,
        String templateSha256,
        EvidenceId photo,
        FaceTemplate template) {
    public GalleryTemplate {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(template, "template");
    }
}
