package org.amparo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import org.amparo.core.access.Role;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.UseMode;
import org.junit.jupiter.api.Test;

/** Completeness of the page texts: both languages have every key, and every enum shown has a label. */
class MessagesTest {

    @Test
    void spanishHasExactlyTheEnglishKeys() throws IOException {
        assertThat(load("messages_es.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyValueShownOnAPageHasALabel() throws IOException {
        Properties english = load("messages.properties");
        List<String> needed = new ArrayList<>();
        for (Purpose p : Purpose.values()) {
            needed.add("purpose." + p);
        }
        for (DataKind k : DataKind.values()) {
            needed.add("kind." + k);
        }
        for (UseMode m : UseMode.values()) {
            needed.add("mode." + m);
        }
        for (AuthorizationStatus s : AuthorizationStatus.values()) {
            needed.add("status." + s);
        }
        for (DataSubjectCategory c : DataSubjectCategory.values()) {
            needed.add("category." + c);
        }
        labels(needed, "incidentType.", org.amparo.core.dispatch.IncidentType.values());
        labels(needed, "priority.", org.amparo.core.dispatch.Priority.values());
        labels(needed, "incidentStatus.", org.amparo.core.dispatch.IncidentStatus.values());
        labels(needed, "unitStatus.", org.amparo.core.dispatch.UnitStatus.values());
        labels(needed, "unitType.", org.amparo.core.dispatch.UnitType.values());
        labels(needed, "positioningMethod.", org.amparo.core.ingest.emergency.PositioningMethod.values());
        labels(needed, "noLocation.", org.amparo.core.ingest.emergency.NoLocationReason.values());
        labels(needed, "locationFlag.", org.amparo.core.ingest.emergency.LocationFlag.values());
        labels(needed, "locationFormat.", org.amparo.core.ingest.emergency.LocationSource.values());
        labels(needed, "granularity.", org.amparo.core.dispatch.stats.Granularity.values());
        labels(needed, "justify.reason.", IncidentJustifications.Reason.values());
        for (org.amparo.core.dispatch.UnitStatus s : org.amparo.core.dispatch.UnitStatus.values()) {
            if (s != org.amparo.core.dispatch.UnitStatus.DISPATCHED) {
                needed.add("unitAction." + s);
            }
        }
        PageChrome.NAVIGATION.forEach(link -> needed.add(link.messageKey()));
        assertThat(english.stringPropertyNames()).containsAll(needed);
    }

    @Test
    void everyNavigationLinkIsADeclaredRoute() {
        for (PageChrome.NavLink link : PageChrome.NAVIGATION) {
            assertThat(PageChrome.allows(EnumSet.allOf(Role.class), link.path()))
                    .as(link.href())
                    .isTrue();
        }
        assertThat(PageChrome.allows(EnumSet.of(Role.OPERATOR), "/audit")).isFalse();
        assertThat(PageChrome.allows(EnumSet.of(Role.AUDITOR), "/audit")).isTrue();
        // The auditor sees statistics, never live operations (CHARTER 7).
        assertThat(PageChrome.allows(EnumSet.of(Role.AUDITOR), "/stats")).isTrue();
        assertThat(PageChrome.allows(EnumSet.of(Role.AUDITOR), "/dispatch")).isFalse();
        assertThat(PageChrome.allows(EnumSet.of(Role.AUDITOR), "/incidents/x")).isFalse();
        assertThat(PageChrome.allows(EnumSet.of(Role.DISPATCHER), "/calls/new")).isTrue();
    }

    private static void labels(List<String> needed, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            needed.add(prefix + value.name());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
