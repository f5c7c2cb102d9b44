package org.amparo.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amparo.core.retention.DataClass;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ConfigReferenceTest {
    private static final Path DOC = Path.of("..", "docs", "configuration.md");

    @Test
    void committedReferenceMatchesTheRegistry() throws IOException {
        if (Boolean.getBoolean("amparo-test.regenerate")) {
            Files.createDirectories(DOC.getParent());
            ConfigReference.write(DOC);
        }
        assertThat(DOC)
                .as("docs/configuration.md is stale: regenerate it (see its header)")
                .exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(ConfigReference.markdown());
    }

    @Test
    void everyKeyIsDocumentedAndParsesItsDefault() {
        for (ConfigKey<?> key : AmparoConfig.all()) {
            assertThat(key.description()).as(key.name()).isNotBlank();
            if (key.defaultValue() != null) {
                assertThat(key.parse(key.defaultValue())).as(key.name()).isNotNull();
            }
        }
    }

    @Test
    void unknownAmparoKeysStopTheStart() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", java.util.Map.of("amparo.demoo", "true")));
        assertThatThrownBy(() -> new Settings(env)).hasMessageContaining("amparo.demoo");
    }

    @Test
    void badValuesAreRefusedWithTheKeyNamed() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .addFirst(new MapPropertySource("test", java.util.Map.of("amparo.retention.audit-log-days", "30")));
        assertThatThrownBy(() -> new Settings(env))
                .hasMessageContaining("amparo.retention.audit-log-days")
                .hasMessageContaining("183");
        assertThat(AmparoConfig.retentionDays(DataClass.AUDIT_LOG).parse("183")).isEqualTo(183);
    }
}
