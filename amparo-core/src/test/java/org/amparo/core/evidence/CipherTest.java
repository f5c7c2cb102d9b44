package org.amparo.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.UUID;
import org.amparo.core.face.FaceTemplate;
import org.amparo.core.face.TemplateCipher;
import org.amparo.core.face.WatchlistEntryId;
import org.amparo.core.testing.FakePhotoAnalyzer;
import org.junit.jupiter.api.Test;

class CipherTest {
    private final byte[] key = new byte[32];
    private final TemplateCipher templates = new TemplateCipher(key, new SecureRandom());
    private final WatchlistEntryId entry = new WatchlistEntryId(new UUID(1, 2));
    private final UUID templateId = new UUID(3, 4);
    private final FaceTemplate template = FakePhotoAnalyzer.template("ana", 1);

    @Test
    void aTemplateRoundTripsWithAFreshNonceEachTime() {
        Sealed sealed = templates.seal(entry, templateId, template);
        assertThat(templates.open(entry, templateId, sealed)).isEqualTo(template);
        assertThat(templates.seal(entry, templateId, template)).isNotEqualTo(sealed);
        assertThat(sealed.toString()).doesNotContain(template.toString().substring(13));
    }

    @Test
    void aFlippedBitIsDetected() {
        byte[] bytes = templates.seal(entry, templateId, template).bytes();
        bytes[40] ^= 1;
        assertThatThrownBy(() -> templates.open(entry, templateId, Sealed.of(bytes)))
                .isInstanceOf(IntegrityException.class);
    }

    @Test
    void aTemplateMovedToAnotherEntryOrOpenedWithAnotherKeyFails() {
        Sealed sealed = templates.seal(entry, templateId, template);
        assertThatThrownBy(() -> templates.open(new WatchlistEntryId(new UUID(9, 9)), templateId, sealed))
                .isInstanceOf(IntegrityException.class);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new TemplateCipher(otherKey, new SecureRandom()).open(entry, templateId, sealed))
                .isInstanceOf(IntegrityException.class);
    }

    @Test
    void keysMustBe256Bits() {
        assertThatThrownBy(() -> new BlobCipher(new byte[16], new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
        BlobCipher blobs = BlobCipher.fromBase64(java.util.Base64.getEncoder().encodeToString(key));
        byte[] aad = "evidence".getBytes(StandardCharsets.UTF_8);
        byte[] plain = "crop".getBytes(StandardCharsets.UTF_8);
        assertThat(blobs.open(blobs.seal(plain, aad), aad)).isEqualTo(plain);
    }
}
