package org.amparo.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.Sighting;

/** JSON views of face matches, in the alert list's shape ({@code "type":"FACE_MATCH"}). */
public final class FaceMatchViews {
    private FaceMatchViews() {}

    public static Map<String, Object> view(FaceMatch m) {
        Sighting s = m.sighting();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", m.id().toString());
        view.put("type", "FACE_MATCH");
        view.put("status", m.status().name());
        view.put("subjectId", s.subjectId().toString());
        view.put("authorizationId", s.authorizationId().toString());
        view.put("watchlistEntryId", s.entryId().toString());
        view.put("cameraId", s.cameraId().toString());
        view.put(
                "position",
                Map.of("lat", s.position().latitude(), "lon", s.position().longitude()));
        view.put("capturedAt", s.at().toString());
        view.put("similarity", s.similarity());
        view.put("raisedAt", m.raisedAt().toString());
        view.put("galleryVersion", m.galleryVersion().toString());
        view.put("probeCropEvidenceId", s.probeCrop().toString());
        view.put("probeSha256", s.probeSha256());
        view.put("enrolledPhotoEvidenceId", m.enrolledPhoto().toString());
        view.put("confirmationsNeeded", FaceMatch.CONFIRMATIONS_NEEDED);
        List<Map<String, Object>> verdicts = m.verdicts().stream()
                .map(v -> Map.<String, Object>of(
                        "username", v.username(), "verdict", v.kind().name(), "at", v.at().toString()))
                .toList();
        view.put("verdicts", verdicts);
        return view;
    }
}
