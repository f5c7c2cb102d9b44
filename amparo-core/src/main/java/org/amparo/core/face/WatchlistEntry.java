package org.amparo.core.face;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;

/**
 * One named subject on the watchlist under one authorization (CHARTER section 2), with the
 * templates of the photos uploaded for them. Immutable.
 *
 * @param id identifier
 * @param subjectId the one individual
 * @param authorizationId the authorization (data kind FACE, permitted purpose) it exists under
 * @param enrolledBy username of the investigator who enrolled it
 * @param enrolledAt when
 * @param templates one or more templates, at most {@link FaceSettings#maxPhotos()}
 */
public record WatchlistEntry(
        WatchlistEntryId id,
        SubjectId subjectId,
        AuthorizationId authorizationId,
        String enrolledBy,
        Instant enrolledAt,
        List<EnrolledTemplate> templates) {
    public WatchlistEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(authorizationId, "authorizationId");
        templates = List.copyOf(templates);
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("an entry has at least one template");
        }
        if (enrolledBy.isBlank()) {
            throw new IllegalArgumentException("enrolledBy must not be blank");
        }
    }
}
