package org.amparo.core.evidence;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Signs export manifests with Ed25519 (JDK provider). The key pair comes from configuration (PKCS#8
 * private key and X.509 public key, base64); its fingerprint, the hex SHA-256 of the X.509 public
 * key, is what a court compares with the one the agency publishes. Thread-safe.
 */
public final class ManifestSigner {
    /** The JCA name of the signature algorithm. */
    public static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private ManifestSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The signer of a configured key pair, both base64 (PKCS#8 private, X.509 public). */
    public static ManifestSigner fromBase64(String pkcs8Private, String x509Public) {
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey priv = factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Private.strip())));
            PublicKey pub = publicKey(Base64.getDecoder().decode(x509Public.strip()));
            ManifestSigner signer = new ManifestSigner(priv, pub);
            if (!verify(pub.getEncoded(), new byte[] {1}, signer.sign(new byte[] {1}))) {
                throw new IllegalArgumentException("the configured private and public keys are not a pair");
            }
            return signer;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 key pair", e);
        }
    }

    /** A fresh key pair, for development and tests; production configures its keys. */
    public static ManifestSigner generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(255, random);
            KeyPair pair = generator.generateKeyPair();
            return new ManifestSigner(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides Ed25519", e);
        }
    }

    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** The X.509 encoding of the public key, base64. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The PKCS#8 encoding of the private key, base64: for writing a generated key to configuration. */
    public String privateKeyBase64() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }

    /** Hex SHA-256 of the X.509 public key. */
    public String fingerprint() {
        return Sha256.hex(publicKey.getEncoded());
    }

    /** Whether {@code signature} is a valid Ed25519 signature of {@code data} under the X.509 public key. */
    public static boolean verify(byte[] x509Public, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey(x509Public));
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
    }
}
