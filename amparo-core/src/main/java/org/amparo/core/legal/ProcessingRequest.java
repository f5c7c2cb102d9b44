package org.amparo.core.legal;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * "May this processing happen now, here, for this subject?" — the question every capability asks
 * before it keeps a location fix, a match or an alert.
 *
 * @param subjectId the subject concerned
 * @param dataKind face or location
 * @param at when the data was captured
 * @param position where, when known (checked against the scope's areas)
 * @param cameraId the camera, for face identification (checked against the scope's cameras)
 * @param authorizationId the specific authorization the capability works under, or null for any
 */
public record ProcessingRequest(
        SubjectId subjectId,
        DataKind dataKind,
        Instant at,
        @Nullable GeoPoint position,
        @Nullable String cameraId,
        @Nullable AuthorizationId authorizationId) {
    public ProcessingRequest {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(dataKind, "dataKind");
        Objects.requireNonNull(at, "at");
    }

    public static ProcessingRequest location(SubjectId subject, Instant at, GeoPoint position) {
        return new ProcessingRequest(subject, DataKind.LOCATION, at, position, null, null);
    }

    public static ProcessingRequest face(SubjectId subject, Instant at, @Nullable GeoPoint position, String cameraId) {
        return new ProcessingRequest(subject, DataKind.FACE, at, position, cameraId, null);
    }

    public ProcessingRequest under(AuthorizationId id) {
        return new ProcessingRequest(subjectId, dataKind, at, position, cameraId, id);
    }
}
