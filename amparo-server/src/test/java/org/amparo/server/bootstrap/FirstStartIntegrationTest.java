package org.amparo.server.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amparo.server.Http;
import org.amparo.server.Http.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A production first start (no demo) on an empty database: the administrator's generated password appears once on
 * the console, and the account can do nothing but replace it.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"amparo.demo=false", "amparo.devices.port=-1"})
class FirstStartIntegrationTest {
    private static final Pattern ONE_TIME = Pattern.compile("One-time password: (\\S+)");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        String run = UUID.randomUUID().toString();
        registry.add("amparo.database.url", () -> "jdbc:h2:mem:first-start-" + run + ";DB_CLOSE_DELAY=-1");
        registry.add("amparo.data-dir", () -> "target/test-data/first-start-" + run);
    }

    @Test
    void theGeneratedAdministratorPasswordMustBeReplacedBeforeAnythingElse(CapturedOutput output) {
        Matcher printed = ONE_TIME.matcher(output.getOut());
        assertThat(printed.find()).as("the one-time password on the console").isTrue();
        String generated = printed.group(1);
        Http http = new Http(port);

        Reply held = http.get("admin:" + generated, "/api/v1/users");
        assertThat(held.status()).isEqualTo(403);
        assertThat(held.text("type")).isEqualTo("urn:amparo:problem:password-change-required");

        Reply changed = http.post(
                "admin:" + generated,
                "/api/v1/me/password",
                Http.json(Map.of("currentPassword", generated, "newPassword", "the agency's own phrase")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(http.get("admin:" + generated, "/api/v1/me").status()).isEqualTo(401);
        Reply users = http.get("admin:the agency's own phrase", "/api/v1/users");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().get(0).path("passwordChangeRequired").asBoolean())
                .isFalse();
        assertThat(output.getOut()).containsOnlyOnce(generated);
    }
}
