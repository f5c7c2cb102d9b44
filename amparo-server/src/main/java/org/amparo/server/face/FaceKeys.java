package org.amparo.server.face;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.amparo.core.evidence.BlobCipher;
import org.amparo.core.evidence.ManifestSigner;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.FaceConfig;
import org.amparo.server.config.Settings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys of face identification: template and evidence encryption keys and the manifest signing
 * pair, each base64. Configured keys win. With the embedded H2 database or in demo mode, missing
 * keys come from {@code <data-dir>/face-keys.properties}, generated on first start and readable by
 * its owner only, so a fresh clone works; with any other database a missing key fails the start.
 * The values are never logged and {@link #toString()} hides them. Immutable.
 *
 * @param templateKey AES-256 key of the watchlist templates
 * @param evidenceKey AES-256 key of the evidence files
 * @param manifestPrivateKey PKCS#8 Ed25519 private key
 * @param manifestPublicKey X.509 Ed25519 public key
 */
public record FaceKeys(String templateKey, String evidenceKey, String manifestPrivateKey, String manifestPublicKey) {
    private static final Logger LOG = LoggerFactory.getLogger(FaceKeys.class);

    /** The file of generated keys, under the data folder. */
    public static final String FILE_NAME = "face-keys.properties";

    private static final String TEMPLATE = "template-key";
    private static final String EVIDENCE = "evidence-key";
    private static final String PRIVATE = "manifest-private-key";
    private static final String PUBLIC = "manifest-public-key";

    @Override
    public String toString() {
        return "FaceKeys[hidden]";
    }

    /** The keys of this configuration, generating the missing ones where allowed (see the type's contract). */
    public static FaceKeys resolve(Settings settings, SecureRandom random) {
        @Nullable String template = settings.optional(FaceConfig.TEMPLATE_KEY);
        @Nullable String evidence = settings.optional(FaceConfig.EVIDENCE_KEY);
        @Nullable String privateKey = settings.optional(FaceConfig.MANIFEST_PRIVATE_KEY);
        @Nullable String publicKey = settings.optional(FaceConfig.MANIFEST_PUBLIC_KEY);
        if ((privateKey == null) != (publicKey == null)) {
            throw new IllegalArgumentException(
                    "configure amparo.face.manifest-private-key and amparo.face.manifest-public-key together");
        }
        if (template != null && evidence != null && privateKey != null && publicKey != null) {
            return new FaceKeys(template, evidence, privateKey, publicKey);
        }
        if (!mayGenerate(settings)) {
            throw new IllegalStateException("face identification needs amparo.face.template-key, "
                    + "amparo.face.evidence-key, amparo.face.manifest-private-key and amparo.face.manifest-public-key "
                    + "with this database (keys are generated only for the embedded H2 database and demo mode)");
        }
        Properties stored = generated(settings.get(AmparoConfig.DATA_DIR).toAbsolutePath(), random);
        return new FaceKeys(
                template != null ? template : stored.getProperty(TEMPLATE),
                evidence != null ? evidence : stored.getProperty(EVIDENCE),
                privateKey != null ? privateKey : stored.getProperty(PRIVATE),
                publicKey != null ? publicKey : stored.getProperty(PUBLIC));
    }

    private static boolean mayGenerate(Settings settings) {
        String url = settings.get(AmparoConfig.DATABASE_URL);
        return url.isEmpty() || url.startsWith("jdbc:h2:") || settings.get(AmparoConfig.DEMO);
    }

    /** Reads the generated keys, creating the file first when it does not exist yet. */
    private static synchronized Properties generated(Path dataDir, SecureRandom random) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(dataDir, file, random);
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (String name : List.of(TEMPLATE, EVIDENCE, PRIVATE, PUBLIC)) {
                if (properties.getProperty(name, "").isBlank()) {
                    throw new IllegalStateException(file + " lacks " + name + "; delete it to generate new keys");
                }
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static void create(Path dataDir, Path file, SecureRandom random) throws IOException {
        Files.createDirectories(dataDir);
        List<String> lines = new ArrayList<>();
        lines.add("# Face identification keys generated by Amparo for the embedded database or demo mode.");
        lines.add("# Keep this file secret. Losing it makes stored templates and evidence unreadable.");
        lines.add(TEMPLATE + "=" + aesKey(random));
        lines.add(EVIDENCE + "=" + aesKey(random));
        KeyPair pair = ed25519(random);
        lines.add(PRIVATE + "="
                + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        lines.add(PUBLIC + "="
                + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        Path temp = Files.createTempFile(dataDir, "face-keys", ".tmp");
        try {
            ownerOnly(temp);
            Files.write(temp, lines, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            // a hard link never replaces an existing file: of two first starts, one wins and both use its keys
            Files.createLink(file, temp);
            LOG.warn(
                    "face identification keys were not configured: generated new ones into {} (readable by its owner "
                            + "only); configure the amparo.face.* keys in production",
                    file);
        } catch (FileAlreadyExistsException e) {
            LOG.debug("another start created {} first; using it", file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static String aesKey(SecureRandom random) {
        byte[] key = new byte[BlobCipher.KEY_BYTES];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static KeyPair ed25519(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ManifestSigner.ALGORITHM);
            generator.initialize(255, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides Ed25519", e);
        }
    }
}
