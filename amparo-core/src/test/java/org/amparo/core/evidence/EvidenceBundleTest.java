package org.amparo.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class EvidenceBundleTest {
    private final ManifestSigner signer = ManifestSigner.generate(new SecureRandom());
    private final byte[] bundle = EvidenceBundle.write(
            header(),
            List.of(
                    new BundleFile("probe-crop.jpg", bytes("crop")),
                    new BundleFile("enrolled-photo.jpg", bytes("photo"))),
            signer);

    private static SequencedMap<String, String> header() {
        SequencedMap<String, String> h = new LinkedHashMap<>();
        h.put("face-match", "m-1");
        return h;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSignedManifestVerifiesUnderTheTrustedKey() {
        assertThat(EvidenceBundle.verify(bundle, signer.fingerprint()))
                .isEqualTo(new BundleCheck.Verified(List.of("probe-crop.jpg", "enrolled-photo.jpg")));
        String manifest = new String(entry(bundle, EvidenceBundle.MANIFEST), StandardCharsets.UTF_8);
        assertThat(manifest)
                .contains("public-key-sha256: " + signer.fingerprint())
                .contains(Sha256.hex(bytes("crop")) + "  probe-crop.jpg");
    }

    @Test
    void anAlteredFileManifestOrSignatureOrAnotherKeyIsDetected() {
        assertThat(EvidenceBundle.verify(rewrite(bundle, "probe-crop.jpg", b -> bytes("other")), signer.fingerprint()))
                .isInstanceOf(BundleCheck.Broken.class);
        assertThat(EvidenceBundle.verify(
                        rewrite(bundle, EvidenceBundle.MANIFEST, b -> new String(b, StandardCharsets.UTF_8)
                                .replace("m-1", "m-2")
                                .getBytes(StandardCharsets.UTF_8)),
                        signer.fingerprint()))
                .isInstanceOfSatisfying(
                        BundleCheck.Broken.class, b -> assertThat(b.reason()).contains("signature"));
        assertThat(EvidenceBundle.verify(
                        rewrite(bundle, EvidenceBundle.SIGNATURE, b -> bytes("AAAA")), signer.fingerprint()))
                .isInstanceOf(BundleCheck.Broken.class);
        assertThat(EvidenceBundle.verify(
                        bundle, ManifestSigner.generate(new SecureRandom()).fingerprint()))
                .isInstanceOf(BundleCheck.Broken.class);
        assertThat(EvidenceBundle.verify(bytes("not a zip"), signer.fingerprint()))
                .isInstanceOf(BundleCheck.Broken.class);
    }

    @Test
    void aConfiguredKeyPairSignsLikeTheGeneratedOne() {
        ManifestSigner configured = ManifestSigner.fromBase64(signer.privateKeyBase64(), signer.publicKeyBase64());
        assertThat(configured.fingerprint()).isEqualTo(signer.fingerprint());
        byte[] signature = configured.sign(bytes("x"));
        assertThat(ManifestSigner.verify(
                        java.util.Base64.getDecoder().decode(signer.publicKeyBase64()), bytes("x"), signature))
                .isTrue();
    }

    private static byte[] entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no entry " + name);
    }

    private static byte[] rewrite(byte[] zip, String name, UnaryOperator<byte[]> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(name) ? change.apply(content) : content);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
