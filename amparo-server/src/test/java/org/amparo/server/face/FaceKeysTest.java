package org.amparo.server.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.amparo.core.evidence.ManifestSigner;
import org.amparo.server.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class FaceKeysTest {
    @TempDir
    Path dir;

    private Settings settings(Map<String, Object> values) {
        StandardEnvironment env = new StandardEnvironment();
        Map<String, Object> all = new HashMap<>(values);
        all.putIfAbsent("amparo.data-dir", dir.toString());
        env.getPropertySources().addFirst(new MapPropertySource("test", all));
        return new Settings(env);
    }

    @Test
    void theEmbeddedDatabaseGetsKeysGeneratedOnceIntoAnOwnerOnlyFile() throws IOException {
        FaceKeys first = FaceKeys.resolve(settings(Map.of()), new SecureRandom());
        FaceKeys again = FaceKeys.resolve(settings(Map.of()), new SecureRandom());
        assertThat(again).isEqualTo(first);
        assertThat(Base64.getDecoder().decode(first.templateKey())).hasSize(32);
        assertThat(first.evidenceKey()).isNotEqualTo(first.templateKey());
        assertThat(ManifestSigner.fromBase64(first.manifestPrivateKey(), first.manifestPublicKey()))
                .isNotNull();
        Path file = dir.resolve(FaceKeys.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(first.toString()).doesNotContain(first.templateKey());
    }

    @Test
    void configuredKeysWinOverTheGeneratedOnes() {
        byte[] key = new byte[32];
        key[0] = 7;
        String configured = Base64.getEncoder().encodeToString(key);
        FaceKeys keys = FaceKeys.resolve(settings(Map.of("amparo.face.template-key", configured)), new SecureRandom());
        assertThat(keys.templateKey()).isEqualTo(configured);
    }

    @Test
    void anotherDatabaseWithoutKeysFailsTheStartUnlessInDemoMode() {
        Map<String, Object> postgres = Map.of("amparo.database.url", "jdbc:postgresql://127.0.0.1:5432/amparo");
        assertThatThrownBy(() -> FaceKeys.resolve(settings(postgres), new SecureRandom()))
                .hasMessageContaining("amparo.face.template-key");
        assertThat(Files.exists(dir.resolve(FaceKeys.FILE_NAME))).isFalse();
        Map<String, Object> demo = new HashMap<>(postgres);
        demo.put("amparo.demo", "true");
        assertThat(FaceKeys.resolve(settings(demo), new SecureRandom()).templateKey())
                .isNotBlank();
    }

    @Test
    void aManifestKeyPairIsConfiguredWhole() {
        assertThatThrownBy(() -> FaceKeys.resolve(
                        settings(Map.of("amparo.face.manifest-public-key", "AAAA")), new SecureRandom()))
                .hasMessageContaining("together");
    }
}
