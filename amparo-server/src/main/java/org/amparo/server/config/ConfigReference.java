package org.amparo.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates docs/configuration.md from {@link AmparoConfig}. Run {@code main} with the output path
 * to regenerate; {@code ConfigReferenceTest} fails when the committed file differs.
 */
public final class ConfigReference {
    private ConfigReference() {}

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Amparo configuration reference\n\n")
                .append("Generated from `AmparoConfig` (amparo-server); do not edit by hand. Regenerate with\n")
                .append(
                        "`./mvnw -q -pl amparo-server test -Dtest=ConfigReferenceTest -Damparo-test.regenerate=true`.\n\n")
                .append(
                        "Every key can be given as a command-line argument (`--amparo.demo=true`), a system property,\n")
                .append(
                        "an environment variable (`AMPARO_DATABASE_URL`) or in `application.properties` beside the jar.\n")
                .append("Unknown `amparo.*` keys stop the start with an error. Secrets are never logged.\n\n")
                .append("| key | type | default | description |\n")
                .append("|---|---|---|---|\n");
        for (ConfigKey<?> key : AmparoConfig.all()) {
            String def = key.defaultValue() == null
                    ? "(none)"
                    : key.defaultValue().isEmpty() ? "(empty)" : "`" + key.defaultValue() + "`";
            out.append("| `")
                    .append(key.name())
                    .append("` | ")
                    .append(key.type())
                    .append(" | ")
                    .append(def)
                    .append(" | ")
                    .append(key.description())
                    .append(key.secret() ? " **Secret.**" : "")
                    .append(" |\n");
        }
        out.append("\n## Production on PostgreSQL\n\n")
                .append("```\njava -jar amparo-server-<version>.jar \\\n")
                .append("  --amparo.database.url=jdbc:postgresql://db.example.gov:5432/amparo \\\n")
                .append("  --amparo.database.username=amparo --server.port=8443\n")
                .append("# password from the environment: AMPARO_DATABASE_PASSWORD=...\n```\n")
                .append("\nThe schema is created and migrated by Flyway at start. The first start prints a one-time\n")
                .append("administrator password unless `amparo.admin.initial-password` is set.\n");
        return out.toString();
    }

    public static void write(Path target) throws IOException {
        Files.writeString(target, markdown(), StandardCharsets.UTF_8);
    }
}
