package org.amparo.core.face;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.amparo.core.camera.CameraId;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.evidence.Sha256;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;

/**
 * A permitted match of a camera face to a watchlist entry: who, where (the camera's position), when
 * and how alike, with the probe crop kept as evidence. Only permitted matches become sightings.
 * Immutable.
 *
 * @param id identifier
 * @param entryId the watchlist entry
 * @param subjectId its subject
 * @param authorizationId the authorization that permitted it
 * @param cameraId the camera
 * @param position the camera's position
 * @param at when the frame was captured
 * @param similarity {@code (1 + cosine) / 2} of probe and template, in [0,1]
 * @param probeCrop the probe crop in the evidence store
 * @param probeSha256 hex SHA-256 of the probe crop
 */
public record Sighting(
        UUID id,
        WatchlistEntryId entryId,
        SubjectId subjectId,
        AuthorizationId authorizationId,
        CameraId cameraId,
        GeoPoint position,
        Instant at,
        double similarity,
        EvidenceId probeCrop,
        String probeSha256) {
    public Sighting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authorizationId, "authorizationId");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0,1]");
        }
        if (!Sha256.isHex(probeSha256)) {
            throw new IllegalArgumentException("probeSha256 is a hex SHA-256");
        }
    }
}
