package org.amparo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.server.web.AlertQueueRow.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The queue's deadlines, who sees incidents, and the filter's round trip through the URL. */
class AlertQueueTest {
    private static final Instant RAISED = Instant.parse("2026-11-27T10:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void aWaitingLineIsAmberInTheLastQuarterAndRedFromItsDeadline() {
        assertThat(AlertQueue.urgency(true, RAISED, RAISED.plusSeconds(224), FIVE_MINUTES))
                .isEqualTo(Urgency.NONE);
        assertThat(AlertQueue.urgency(true, RAISED, RAISED.plusSeconds(225), FIVE_MINUTES))
                .isEqualTo(Urgency.NEAR);
        assertThat(AlertQueue.urgency(true, RAISED, RAISED.plusSeconds(299), FIVE_MINUTES))
                .isEqualTo(Urgency.NEAR);
        assertThat(AlertQueue.urgency(true, RAISED, RAISED.plusSeconds(300), FIVE_MINUTES))
                .isEqualTo(Urgency.OVERDUE);
        // Acknowledged or decided: nobody is waited on, however old.
        assertThat(AlertQueue.urgency(false, RAISED, RAISED.plus(Duration.ofDays(2)), FIVE_MINUTES))
                .isEqualTo(Urgency.NONE);
    }

    @Test
    void incidentsAreListedOnlyForThoseWhoMayOpenThem() {
        assertThat(AlertQueue.seesIncidents(new Actor("s", Set.of(Role.SUPERVISOR))))
                .isTrue();
        assertThat(AlertQueue.seesIncidents(new Actor("d", Set.of(Role.DISPATCHER))))
                .isTrue();
        assertThat(AlertQueue.seesIncidents(new Actor("o", Set.of(Role.OPERATOR))))
                .isFalse();
        assertThat(AlertQueue.seesIncidents(new Actor("a", Set.of(Role.AUDITOR))))
                .isFalse();
    }

    @Test
    void theFilterGoesBackIntoTheUrlAsItCame() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/alerts");
        request.addParameter("type", "incident", "FACE_MATCH");
        request.addParameter("province", "Santo Domingo de los Tsáchilas");
        request.addParameter("age", "1h");
        request.addParameter("status", "pending_confirmation");
        List<String> bad = new ArrayList<>();
        AlertQueueFilter filter = AlertQueueFilter.of(request, bad);
        assertThat(bad).isEmpty();
        assertThat(filter.types()).containsExactlyInAnyOrder(AlertQueueType.INCIDENT, AlertQueueType.FACE_MATCH);
        assertThat(filter.age()).isEqualTo(AlertQueueFilter.Age.HOUR_1);
        assertThat(filter.status()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(filter.query())
                .isEqualTo("?type=FACE_MATCH&type=INCIDENT&province=Santo+Domingo+de+los+Ts%C3%A1chilas&age=1h"
                        + "&status=PENDING_CONFIRMATION");
        assertThat(AlertQueueFilter.all().query()).isEmpty();
    }

    @Test
    void everyTypeStatusAgeAndSeverityHasALabelInBothLanguages() throws IOException {
        List<String> needed = new ArrayList<>();
        Stream.of(AlertQueueType.values()).forEach(t -> needed.add(t.messageKey()));
        AlertQueueFilter.STATUSES.forEach(s -> needed.add("queue.status." + s));
        Stream.of(AlertQueueFilter.Age.values()).forEach(a -> needed.add("queue.age." + a));
        Stream.of(AlertQueueRow.Severity.values()).forEach(v -> needed.add("queue.severity." + v));
        Stream.of(Urgency.OVERDUE, Urgency.NEAR).forEach(u -> needed.add("queue.urgency." + u));
        for (String file : List.of("messages.properties", "messages_es.properties")) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(messages.stringPropertyNames()).as(file).containsAll(needed);
        }
    }

    @Test
    void whatCannotBeReadIsNamedNotGuessed() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/alerts");
        request.addParameter("type", "ETHNICITY");
        request.addParameter("age", "3w");
        request.addParameter("status", "LOST");
        List<String> bad = new ArrayList<>();
        AlertQueueFilter.of(request, bad);
        assertThat(bad).hasSize(3);
        assertThat(bad.get(0)).startsWith("type: one of");
        assertThat(bad.get(1)).startsWith("age: one of");
        assertThat(bad.get(2)).startsWith("status: one of");
    }
}
