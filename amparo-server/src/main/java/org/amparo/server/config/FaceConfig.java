package org.amparo.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.amparo.core.face.FaceSettings;

/** The configuration keys of face identification; listed by {@link AmparoConfig#all()}. */
public final class FaceConfig {
    private FaceConfig() {}

    private static final String GENERATED =
            " Unset with the embedded H2 database or in demo mode: generated on first start "
                    + "into `<amparo.data-dir>/face-keys.properties` (readable by its owner only) and reused; unset with "
                    + "another database: the start fails.";

    public static final ConfigKey<String> TEMPLATE_KEY = new ConfigKey<>(
            "amparo.face.template-key",
            "secret, base64 of 32 bytes",
            null,
            "AES-256-GCM key that encrypts watchlist face templates at rest." + GENERATED,
            true,
            FaceConfig::aesKey);

    public static final ConfigKey<String> EVIDENCE_KEY = new ConfigKey<>(
            "amparo.face.evidence-key",
            "secret, base64 of 32 bytes",
            null,
            "AES-256-GCM key that encrypts face evidence files (enrolment photos, probe crops) at rest." + GENERATED,
            true,
            FaceConfig::aesKey);

    public static final ConfigKey<String> EVIDENCE_DIRECTORY = new ConfigKey<>(
            "amparo.face.evidence-directory",
            "path",
            "",
            "Folder of the encrypted face evidence files. Empty: `<amparo.data-dir>/evidence`.",
            false,
            s -> s);

    public static final ConfigKey<String> MANIFEST_PRIVATE_KEY = new ConfigKey<>(
            "amparo.face.manifest-private-key",
            "secret, base64 PKCS#8 Ed25519 private key",
            null,
            "Signs the manifest of evidence export bundles; set together with `amparo.face.manifest-public-key`."
                    + GENERATED,
            true,
            FaceConfig::base64);

    public static final ConfigKey<String> MANIFEST_PUBLIC_KEY = new ConfigKey<>(
            "amparo.face.manifest-public-key",
            "base64 X.509 Ed25519 public key",
            null,
            "Public half of `amparo.face.manifest-private-key`; its SHA-256 fingerprint is written into every "
                    + "export and is what the agency publishes for courts." + GENERATED,
            false,
            FaceConfig::base64);

    public static final ConfigKey<Double> MIN_SIMILARITY = new ConfigKey<>(
            "amparo.face.min-similarity",
            "number in (0.5, 1)",
            Double.toString(FaceSettings.DEFAULT_MIN_SIMILARITY),
            "Match threshold on the similarity scale (1 + cosine) / 2. The default (cosine 0.934) gives a "
                    + "false-match rate of about 1e-3 on the shared LFW set; recalibrate on the agency's own photos.",
            false,
            FaceConfig::similarity);

    public static final ConfigKey<Duration> SESSION_IDLE = new ConfigKey<>(
            "amparo.face.session-idle",
            "ISO-8601 duration PT10S..PT24H",
            "PT5M",
            "A camera's matching session (audited start and end with the gallery version) ends after this long "
                    + "without frames; the next frame starts a new one.",
            false,
            s -> bounded(s, Duration.ofSeconds(10), Duration.ofHours(24)));

    public static final ConfigKey<Duration> GALLERY_REFRESH_INTERVAL = new ConfigKey<>(
            "amparo.face.gallery-refresh-interval",
            "ISO-8601 duration PT5S..PT1H",
            "PT1M",
            "How often the face gallery is rebuilt from the watchlist besides after every authorization change "
                    + "and enrolment (an urgent use whose deadline passed leaves it at the latest then).",
            false,
            s -> bounded(s, Duration.ofSeconds(5), Duration.ofHours(1)));

    public static final ConfigKey<Double> SIGHTING_ACCURACY = new ConfigKey<>(
            "amparo.face.sighting-accuracy-m",
            "number of metres in (0, 10000]",
            "30",
            "Accuracy given to the location fix a confirmed face sighting adds to the subject's track (the "
                    + "radius a camera covers). Only where the match's authorization also permits location processing.",
            false,
            FaceConfig::meters);

    /** The keys of this area, in documentation order. */
    static List<ConfigKey<?>> all() {
        return List.of(
                TEMPLATE_KEY,
                EVIDENCE_KEY,
                EVIDENCE_DIRECTORY,
                MANIFEST_PRIVATE_KEY,
                MANIFEST_PUBLIC_KEY,
                MIN_SIMILARITY,
                SESSION_IDLE,
                GALLERY_REFRESH_INTERVAL,
                SIGHTING_ACCURACY);
    }

    /** The evidence folder: configured, or under the data folder. */
    public static Path evidenceDirectory(Settings settings) {
        String configured = settings.get(EVIDENCE_DIRECTORY);
        return configured.isBlank() ? settings.get(AmparoConfig.DATA_DIR).resolve("evidence") : Path.of(configured);
    }

    private static String aesKey(String s) {
        if (Base64.getDecoder().decode(s).length != 32) {
            throw new IllegalArgumentException("must be the base64 of exactly 32 bytes");
        }
        return s;
    }

    private static String base64(String s) {
        if (Base64.getDecoder().decode(s).length == 0) {
            throw new IllegalArgumentException("must not be empty");
        }
        return s;
    }

    private static Double similarity(String s) {
        double value = Double.parseDouble(s);
        if (!(value > 0.5 && value < 1)) {
            throw new IllegalArgumentException("must be within (0.5, 1)");
        }
        return value;
    }

    private static Double meters(String s) {
        double value = Double.parseDouble(s);
        if (!(value > 0 && value <= 10_000)) {
            throw new IllegalArgumentException("must be within (0, 10000]");
        }
        return value;
    }

    private static Duration bounded(String s, Duration min, Duration max) {
        Duration d = Duration.parse(s);
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be within " + min + ".." + max);
        }
        return d;
    }
}
