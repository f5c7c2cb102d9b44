package org.amparo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.stats.IncidentFacts;
import org.amparo.core.dispatch.stats.StatisticsService;
import org.amparo.core.testing.DirectTransactions;
import org.amparo.core.testing.FakeClock;
import org.amparo.core.testing.InMemoryAuditLog;
import org.amparo.core.testing.InMemoryStatistics;
import org.amparo.core.transparency.StatisticKind;
import org.amparo.core.transparency.TransparencyService;
import org.amparo.server.config.Settings;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The plots' numbers are the data's: counted events through the real transparency service, incidents through the
 * real statistics service (which audits the query), the texts from the real message bundles.
 */
class HomePlotsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:20:00Z");
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR));

    private final FakeClock clock = new FakeClock(NOW);
    private final InMemoryStatistics counted = new InMemoryStatistics();
    private final List<IncidentFacts> incidents = new ArrayList<>();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    private HomePlots plots() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .addFirst(new MapPropertySource("test", Map.of("amparo.dispatch.time-zone", "America/Guayaquil")));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new HomePlots(
                new TransparencyService(counted, clock),
                new StatisticsService(
                        new DirectTransactions(),
                        (from, to, sink) -> incidents.stream()
                                .filter(f -> !f.createdAt().isBefore(from)
                                        && f.createdAt().isBefore(to))
                                .forEach(sink),
                        audit,
                        clock),
                messages,
                new Formats(),
                new Settings(env),
                clock);
    }

    @Test
    void twoAlertsInAnHourShowAsTwoInThatHoursRow() {
        counted.record(StatisticKind.ALERT, "STAY_WITHIN_BREACH", Instant.parse("2026-11-26T08:05:00Z"), 1);
        counted.record(StatisticKind.ALERT, "STAY_WITHIN_BREACH", Instant.parse("2026-11-26T08:45:00Z"), 1);
        counted.record(StatisticKind.ALERT, "DEVICE_SILENT", Instant.parse("2026-11-26T10:01:00Z"), 1);
        // Older than 24 hours: not drawn.
        counted.record(StatisticKind.ALERT, "DEVICE_SILENT", Instant.parse("2026-11-25T09:59:00Z"), 1);

        Plot plot = plots().alertsPerHour(Locale.ENGLISH);

        assertThat(plot.rows()).hasSize(24);
        assertThat(plot.rows().getLast().label()).isEqualTo("10:00");
        assertThat(plot.rows().getFirst().label()).isEqualTo("11:00");
        assertThat(plot.series()).containsExactly("Device silent", "Left the permitted zone");
        Plot.Row eight = plot.rows().stream()
                .filter(r -> r.label().equals("08:00"))
                .findFirst()
                .orElseThrow();
        assertThat(eight.cells()).containsExactly("0", "2");
        assertThat(plot.rows().getLast().cells()).containsExactly("1", "0");
        assertThat(plot.summary()).isEqualTo("3 alerts raised in the last 24 hours, of 2 types.");
        // The tallest column is the 08:00 one, drawn the full height.
        assertThat(plot.max()).isEqualTo(2);
        assertThat(plot.bars()).hasSize(2);
        assertThat(plot.bars().getFirst().height()).isEqualTo((double) Plot.HEIGHT);
    }

    @Test
    void oneConfirmedAndOneRejectedMatchIsAFiftyPercentFalseMatchRate() {
        counted.record(StatisticKind.MATCH_CONFIRMED, "MISSING", Instant.parse("2026-11-24T12:00:00Z"), 1);
        counted.record(StatisticKind.MATCH_REJECTED, "MISSING", Instant.parse("2026-11-25T12:00:00Z"), 1);

        Plot plot = plots().falseMatches(Locale.ENGLISH);

        assertThat(plot.rows()).hasSize(HomePlots.WEEKS);
        Plot.Row thisWeek = plot.rows().getLast();
        assertThat(thisWeek.label()).isEqualTo("11-23");
        assertThat(thisWeek.cells()).containsExactly("1", "1");
        assertThat(thisWeek.extra()).isEqualTo("50.0 %");
        assertThat(plot.rows().getFirst().extra()).isEqualTo("—");
        assertThat(plot.summary()).isEqualTo("Last 8 weeks: 1 confirmed, 1 rejected, false-match rate 50.0 %.");
    }

    @Test
    void responseTimesAreTheMeansOfTheDayAndTheQueryIsAudited() {
        Instant call = Instant.parse("2026-11-26T09:00:00Z");
        incidents.add(new IncidentFacts(
                call,
                IncidentType.values()[0],
                Priority.values()[0],
                null,
                call.plusSeconds(60),
                call.plusSeconds(660)));
        incidents.add(new IncidentFacts(
                call.plusSeconds(30),
                IncidentType.values()[0],
                Priority.values()[0],
                null,
                call.plusSeconds(30 + 180),
                null));

        Plot plot = Objects.requireNonNull(plots().responseTimes(SUPERVISOR, Locale.ENGLISH));

        assertThat(plot.rows()).hasSize(HomePlots.DAYS);
        Plot.Row today = plot.rows().getLast();
        assertThat(today.label()).isEqualTo("11-26");
        // Call to dispatch: (60 s + 180 s) / 2; dispatch to scene: only the first has it, 600 s.
        assertThat(today.values()).containsExactly(120L, 600L);
        assertThat(today.cells()).containsExactly("2 min", "10 min");
        assertThat(today.extra()).isEqualTo("2");
        assertThat(plot.rows().getFirst().cells()).containsExactly("—", "—");
        assertThat(audit.entries())
                .anySatisfy(e -> assertThat(e.record().username()).isEqualTo("supervisor"));
    }

    @Test
    void whoMayNotReadStatisticsGetsNoResponsePlot() {
        Actor investigator = new Actor("investigator", Set.of(Role.INVESTIGATOR));

        assertThat(plots().responseTimes(investigator, Locale.ENGLISH)).isNull();
        assertThat(plots().all(investigator, Locale.ENGLISH))
                .extracting(Plot::id)
                .containsExactly("plot-alerts", "plot-false-matches");
    }

    @Test
    void spanishTextsComeFromTheSpanishBundle() {
        Plot plot = plots().falseMatches(Locale.forLanguageTag("es"));

        assertThat(plot.title()).isEqualTo("Coincidencias faciales revisadas por semana");
        assertThat(plot.summary()).startsWith("Últimas 8 semanas: 0 confirmadas, 0 rechazadas");
    }

    @Test
    void eachColumnLabelIsCentredUnderItsColumnWhateverTheSlotWidth() {
        for (Plot plot : plots().all(new Actor("auditor", Set.of(Role.AUDITOR)), Locale.ENGLISH)) {
            assertThat(plot.columnLabels()).as(plot.id()).isNotEmpty();
            for (Plot.Label label : plot.columnLabels()) {
                int column = plot.rows().stream().map(Plot.Row::label).toList().indexOf(label.text());
                assertThat(label.x())
                        .as("%s, column %s", plot.id(), label.text())
                        .isEqualTo(plot.axisStart() + column * plot.slot() + plot.slot() / 2);
            }
        }
    }
}
