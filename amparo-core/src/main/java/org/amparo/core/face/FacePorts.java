package org.amparo.core.face;

import java.time.Clock;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.camera.CameraStore;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.core.evidence.EvidenceStore;
import org.amparo.core.evidence.ManifestSigner;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.transparency.StatisticsRecorder;

/**
 * What the face services need from their surroundings.
 *
 * @param tx transactions
 * @param cameras the camera registry
 * @param authorizations the authorizations (read by the policy at every match)
 * @param watchlist watchlist entries
 * @param matches sightings and face matches
 * @param evidence encrypted evidence blobs
 * @param cipher seals templates
 * @param analyzer turns enrolment photos into templates
 * @param signer signs export manifests
 * @param audit the audit log
 * @param statistics transparency counters
 * @param clock time source
 * @param ids identifier source
 * @param confirmed told of confirmed matches after commit
 * @param settings threshold and upload limits
 */
public record FacePorts(
        Transactions tx,
        CameraStore cameras,
        AuthorizationStore authorizations,
        WatchlistStore watchlist,
        FaceMatchStore matches,
        EvidenceStore evidence,
        TemplateCipher cipher,
        PhotoAnalyzer analyzer,
        ManifestSigner signer,
        AuditLog audit,
        StatisticsRecorder statistics,
        Clock clock,
        Ids ids,
        ConfirmedSightingListener confirmed,
        FaceSettings settings) {}
