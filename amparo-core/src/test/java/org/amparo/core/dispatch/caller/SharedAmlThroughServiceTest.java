package org.amparo.core.dispatch.caller;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.ingest.GoldenFixes;
import org.amparo.core.ingest.SharedTestData;
import org.amparo.core.ingest.json.JsonValue;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.amparo.core.ingest.json.JsonValue.JsonString;
import org.amparo.core.testing.DispatchTestbed;
import org.junit.jupiter.api.Test;

/**
 * Every real AML message of {@code emergency/aml-messages.jsonl} through the service, end to end: each case has its
 * own open incident (SMS: the case's sender number; HTTPS: the message's own {@code device_number}); messages that
 * parse (with or without a location, wrong {@code ml} included) are kept and matched to it, refused ones are dead
 * letters.
 */
class SharedAmlThroughServiceTest {
    private static final String HTTPS_DEVICE_NUMBER = "+447477593102";

    @Test
    void everySharedMessageIsMatchedToItsCallOrDeadLettered() throws IOException {
        Path messages = SharedTestData.require("emergency/aml-messages.jsonl");
        DispatchTestbed bed = new DispatchTestbed();
        int n = 0;
        int matched = 0;
        for (String text : Files.readAllLines(messages, StandardCharsets.UTF_8)) {
            if (text.isBlank()) {
                continue;
            }
            JsonObject line = GoldenFixes.line(text);
            String name = string(line, "case");
            String message = string(line, "message");
            boolean https = string(line, "kind").equals("https_urlencoded");
            String number = https ? HTTPS_DEVICE_NUMBER : "+59399000%04d".formatted(n++);
            Incident incident = bed.incident(number, IncidentType.MEDICAL, Priority.P1, null);
            IntakeOutcome outcome = https
                    ? bed.callers.receiveHttps(message.getBytes(StandardCharsets.US_ASCII))
                    : bed.callers.receiveSmsText(message, new CallerNumber(number));
            if (refusedBySource(line)) {
                assertThat(outcome).as(name).isInstanceOf(IntakeOutcome.DeadLettered.class);
                continue;
            }
            assertThat(outcome).as(name).isInstanceOfSatisfying(IntakeOutcome.Matched.class, m -> assertThat(
                            m.incident())
                    .isEqualTo(incident.id()));
            matched++;
            bed.dispatch
                    .changeStatus(DispatchTestbed.SOFIA, incident.id(), org.amparo.core.dispatch.IncidentStatus.CLOSED)
                    .orElseThrow();
        }
        assertThat(matched).as("messages kept and matched").isEqualTo(7);
        assertThat(bed.deadLetters.counts().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(3);
        assertThat(bed.callerLocations.all())
                .filteredOn(StoredCallerLocation::lengthMismatch)
                .as("published messages with a wrong ml are kept and flagged")
                .hasSize(2);
    }

    /** Refused by the source's parser, for a reason other than a wrong {@code ml} (which Amparo accepts). */
    private static boolean refusedBySource(JsonObject line) {
        JsonObject expected = (JsonObject) Objects.requireNonNull(line.get("expected"));
        boolean mlMismatch = line.get("ml_matches_length") instanceof JsonValue.JsonBoolean b && !b.value();
        return string(expected, "outcome").startsWith("AmlParseException") && !mlMismatch;
    }

    private static String string(JsonObject object, String key) {
        return ((JsonString) Objects.requireNonNull(object.get(key), key)).value();
    }
}
