package org.amparo.server.wiring;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.camera.CameraPorts;
import org.amparo.core.camera.CameraService;
import org.amparo.core.camera.CameraStore;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.core.evidence.BlobCipher;
import org.amparo.core.evidence.EvidenceStore;
import org.amparo.core.evidence.ManifestSigner;
import org.amparo.core.face.ConfirmedSightingListener;
import org.amparo.core.face.EvidenceService;
import org.amparo.core.face.FaceDataEraser;
import org.amparo.core.face.FaceMatchService;
import org.amparo.core.face.FaceMatchStore;
import org.amparo.core.face.FaceMatchingService;
import org.amparo.core.face.FacePorts;
import org.amparo.core.face.FaceSettings;
import org.amparo.core.face.Gallery;
import org.amparo.core.face.GalleryMaintainer;
import org.amparo.core.face.GalleryPorts;
import org.amparo.core.face.LegalHoldService;
import org.amparo.core.face.LegalHoldStore;
import org.amparo.core.face.SightingTrack;
import org.amparo.core.face.TemplateCipher;
import org.amparo.core.face.WatchlistService;
import org.amparo.core.face.WatchlistStore;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.location.KeptFixListener;
import org.amparo.core.location.LocationFixStore;
import org.amparo.core.retention.RetentionPurger;
import org.amparo.face.gallery.VectorGalleryIndex;
import org.amparo.server.config.FaceConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.dispatch.KeptFixFanOut;
import org.amparo.server.events.FaceMatchEvents;
import org.amparo.server.face.CameraSessions;
import org.amparo.server.face.FaceEngine;
import org.amparo.server.face.FaceKeys;
import org.amparo.store.face.FaceMatchPurger;
import org.amparo.store.face.FileEvidenceStore;
import org.amparo.store.face.JdbcCameraStandIns;
import org.amparo.store.face.JdbcCameraStore;
import org.amparo.store.face.JdbcFaceMatchStore;
import org.amparo.store.face.JdbcLegalHoldStore;
import org.amparo.store.face.JdbcWatchlistStore;
import org.amparo.store.location.JdbcDropCounter;
import org.amparo.store.transparency.JdbcStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires cameras and face identification: stores, the keys (configured, or generated for the embedded
 * database and demo mode), the gallery and its maintainer (an authorization listener), the face data
 * eraser, the one shared face pipeline and the camera sessions.
 */
@Configuration(proxyBeanMethods = false)
public class FaceWiring {
    private static final Logger LOG = LoggerFactory.getLogger(FaceWiring.class);

    @Bean
    CameraStore cameraStore(DataSource ds) {
        return new JdbcCameraStore(ds);
    }

    @Bean
    CameraService cameraService(Transactions tx, CameraStore cameras, AuditLog audit, Clock clock, Ids ids) {
        return new CameraService(new CameraPorts(tx, cameras, audit, clock, ids));
    }

    @Bean
    WatchlistStore watchlistStore(DataSource ds) {
        return new JdbcWatchlistStore(ds);
    }

    @Bean
    FaceMatchStore faceMatchStore(DataSource ds) {
        return new JdbcFaceMatchStore(ds);
    }

    @Bean
    FaceKeys faceKeys(Settings settings) {
        return FaceKeys.resolve(settings, new SecureRandom());
    }

    @Bean
    EvidenceStore evidenceStore(DataSource ds, Settings settings, FaceKeys keys) {
        return new FileEvidenceStore(
                ds, FaceConfig.evidenceDirectory(settings).toAbsolutePath(), BlobCipher.fromBase64(keys.evidenceKey()));
    }

    @Bean
    TemplateCipher templateCipher(FaceKeys keys) {
        return TemplateCipher.fromBase64(keys.templateKey());
    }

    @Bean
    ManifestSigner manifestSigner(FaceKeys keys) {
        ManifestSigner signer = ManifestSigner.fromBase64(keys.manifestPrivateKey(), keys.manifestPublicKey());
        LOG.info("evidence manifests are signed with the Ed25519 key of fingerprint {}", signer.fingerprint());
        return signer;
    }

    @Bean
    Gallery gallery() {
        return new VectorGalleryIndex();
    }

    /** Filled at once, then rebuilt on every authorization event (it is a listener) and by the schedule. */
    @Bean
    GalleryMaintainer galleryMaintainer(
            Transactions tx,
            WatchlistStore watchlist,
            AuthorizationStore authorizations,
            TemplateCipher cipher,
            Gallery gallery,
            Clock clock) {
        GalleryMaintainer maintainer =
                new GalleryMaintainer(new GalleryPorts(tx, watchlist, authorizations, cipher, gallery, clock));
        maintainer.refresh();
        return maintainer;
    }

    @Bean
    FaceDataEraser faceDataEraser(FaceMatchStore matches, WatchlistStore watchlist, EvidenceStore evidence) {
        return new FaceDataEraser(matches, watchlist, evidence);
    }

    @Bean(destroyMethod = "close")
    FaceEngine faceEngine() {
        return new FaceEngine();
    }

    /**
     * Confirmed matches reach the live pages by id only (no name, position or picture on the stream), and
     * join the subject's track as camera fixes where the authorization also permits location processing;
     * each is isolated from the other's failure, and neither undoes the confirmation.
     */
    @Bean
    ConfirmedSightingListener confirmedSightingListener(
            FaceMatchEvents events,
            Transactions tx,
            AuthorizationStore authorizations,
            DataSource ds,
            LocationFixStore fixes,
            JdbcDropCounter drops,
            AuditLog audit,
            ObjectProvider<KeptFixListener> keptFixListeners,
            Clock clock,
            Settings settings) {
        SightingTrack track = new SightingTrack(
                tx,
                authorizations,
                new JdbcCameraStandIns(ds),
                fixes,
                new KeptFixFanOut(keptFixListeners),
                drops,
                audit,
                clock,
                settings.get(FaceConfig.SIGHTING_ACCURACY));
        List<ConfirmedSightingListener> listeners = List.of(events::confirmed, track);
        return match -> listeners.forEach(listener -> {
            try {
                listener.confirmed(match);
            } catch (RuntimeException e) {
                LOG.error("a confirmed-sighting listener failed on match {}; the others went on", match.id(), e);
            }
        });
    }

    @Bean
    LegalHoldStore legalHoldStore(DataSource ds) {
        return new JdbcLegalHoldStore(ds);
    }

    @Bean
    LegalHoldService legalHoldService(
            Transactions tx, FaceMatchStore matches, LegalHoldStore holds, AuditLog audit, Clock clock, Ids ids) {
        return new LegalHoldService(tx, matches, holds, audit, clock, ids);
    }

    /** Matches never confirmed, past {@code amparo.retention.sighting-days}, unless held. */
    @Bean
    RetentionPurger unconfirmedFaceMatchPurger(DataSource ds, Settings settings) {
        return FaceMatchPurger.unconfirmed(
                ds, FaceConfig.evidenceDirectory(settings).toAbsolutePath());
    }

    /** Confirmed sightings and their crops, past {@code amparo.retention.evidence-days}, unless held. */
    @Bean
    RetentionPurger confirmedFaceMatchPurger(DataSource ds, Settings settings) {
        return FaceMatchPurger.confirmed(
                ds, FaceConfig.evidenceDirectory(settings).toAbsolutePath());
    }

    @Bean
    FacePorts facePorts(
            Transactions tx,
            CameraStore cameras,
            AuthorizationStore authorizations,
            WatchlistStore watchlist,
            FaceMatchStore matches,
            EvidenceStore evidence,
            TemplateCipher cipher,
            FaceEngine engine,
            ManifestSigner signer,
            AuditLog audit,
            JdbcStatistics statistics,
            Clock clock,
            Ids ids,
            ConfirmedSightingListener confirmed,
            Settings settings) {
        FaceSettings defaults = FaceSettings.defaults();
        return new FacePorts(
                tx,
                cameras,
                authorizations,
                watchlist,
                matches,
                evidence,
                cipher,
                engine,
                signer,
                audit,
                statistics,
                clock,
                ids,
                confirmed,
                new FaceSettings(
                        settings.get(FaceConfig.MIN_SIMILARITY), defaults.maxPhotos(), defaults.maxPhotoBytes()));
    }

    @Bean
    WatchlistService watchlistService(FacePorts ports, GalleryMaintainer maintainer) {
        return new WatchlistService(ports, maintainer);
    }

    @Bean
    FaceMatchingService faceMatchingService(FacePorts ports, Gallery gallery) {
        return new FaceMatchingService(ports, gallery);
    }

    @Bean
    FaceMatchService faceMatchService(FacePorts ports) {
        return new FaceMatchService(ports);
    }

    @Bean
    EvidenceService evidenceService(FacePorts ports) {
        return new EvidenceService(ports);
    }

    @Bean(destroyMethod = "close")
    CameraSessions cameraSessions(
            FaceMatchingService matching, CameraService cameras, FaceEngine engine, Clock clock, Settings settings) {
        return new CameraSessions(matching, cameras, engine, clock, settings.get(FaceConfig.SESSION_IDLE));
    }
}
