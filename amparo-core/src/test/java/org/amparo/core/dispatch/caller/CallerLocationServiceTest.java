package org.amparo.core.dispatch.caller;

import static org.amparo.core.testing.DispatchTestbed.AUGUSTO;
import static org.amparo.core.testing.DispatchTestbed.DORA;
import static org.amparo.core.testing.DispatchTestbed.SOFIA;
import static org.amparo.core.testing.DispatchTestbed.WHY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentEvent;
import org.amparo.core.dispatch.IncidentStatus;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.ProvinceRef;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationSource;
import org.amparo.core.ingest.emergency.PositioningMethod;
import org.amparo.core.testing.DispatchTestbed;
import org.junit.jupiter.api.Test;

class CallerLocationServiceTest {
    private static final String NUMBER = "+593991234567";
    private static final CallerNumber CALLER = new CallerNumber(NUMBER);
    private static final GeoPoint TOLD = new GeoPoint(-2.95, -79.05);

    private final DispatchTestbed bed = new DispatchTestbed();

    private Incident medical(String number) {
        return bed.incident(number, IncidentType.MEDICAL, Priority.P1, TOLD);
    }

    @Test
    void aLocationAfterTheCallIsMatchedAndStaysSupplementary() {
        Incident incident = medical(NUMBER);
        bed.after(Duration.ofSeconds(20));

        IntakeOutcome outcome = bed.callers.receiveSmsText(AmlText.located(-2.90010, -79.00590), CALLER);

        assertThat(outcome).isInstanceOfSatisfying(IntakeOutcome.Matched.class, m -> {
            assertThat(m.incident()).isEqualTo(incident.id());
            assertThat(m.located()).isTrue();
        });
        StoredCallerLocation stored = bed.callerLocations.all().getFirst();
        assertThat(stored.finding()).isInstanceOfSatisfying(CallerFinding.Position.class, p -> {
            assertThat(p.point()).isEqualTo(new GeoPoint(-2.9001, -79.0059));
            assertThat(p.radiusMeters()).isEqualTo(20.0);
            assertThat(p.confidencePercent()).isEqualTo(68);
            assertThat(p.method()).isEqualTo(PositioningMethod.GNSS);
        });
        assertThat(stored.source()).isEqualTo(LocationSource.AML_SMS_V1);
        assertThat(stored.lengthMismatch()).isFalse();
        assertThat(bed.incidents.find(incident.id()).orElseThrow().location())
                .as("the caller location never replaces the call's location by itself")
                .isEqualTo(TOLD);
        assertThat(bed.incidents.timeline(incident.id()).getLast())
                .isEqualTo(new IncidentEvent.CallerLocationReceived(
                        incident.id(), "system", bed.clock.instant(), LocationSource.AML_SMS_V1, true));
    }

    @Test
    void aLocationBeforeTheCallIsMatchedWhenTheIncidentIsOpened() {
        IntakeOutcome early = bed.callers.receiveSmsText(AmlText.located(-2.9, -79.0), CALLER);
        assertThat(early).isInstanceOf(IntakeOutcome.Pending.class);
        bed.after(Duration.ofMinutes(2));

        Incident incident = medical(NUMBER);

        assertThat(bed.callerLocations.all()).singleElement().satisfies(l -> assertThat(l.incident())
                .isEqualTo(incident.id()));
        assertThat(bed.audited(AuditAction.UPDATE, AuditResult.SUCCESS, AuditObjectType.CALLER_LOCATION))
                .singleElement()
                .satisfies(e -> assertThat(e.record().username()).isEqualTo("system"));
    }

    @Test
    void aWrongNumberALocationOutsideTheWindowAndAClosedIncidentAreNotMatched() {
        bed.callers.receiveSmsText(AmlText.located(-2.9, -79.0), CALLER);
        bed.after(Duration.ofMinutes(61));
        Incident incident = medical(NUMBER);
        assertThat(bed.callerLocations.all().getFirst().incident())
                .as("outside the window")
                .isNull();

        assertThat(bed.callers.receiveSmsText(AmlText.located(-2.9, -79.0), new CallerNumber("+593990000000")))
                .isInstanceOf(IntakeOutcome.Pending.class);

        bed.dispatch.changeStatus(SOFIA, incident.id(), IncidentStatus.CLOSED).orElseThrow();
        assertThat(bed.callers.receiveSmsText(AmlText.located(-2.9, -79.0), CALLER))
                .isInstanceOf(IntakeOutcome.Pending.class);
        bed.after(Duration.ofMinutes(30));
        Incident later = medical(NUMBER);
        bed.after(Duration.ofMinutes(61));
        assertThat(bed.callers.receiveSmsText(AmlText.located(-2.9, -79.0), CALLER))
                .as("an hour after the call")
                .isInstanceOf(IntakeOutcome.Pending.class);
        assertThat(bed.callerLocations.forIncident(later.id())).hasSize(1);
    }

    @Test
    void theMostRecentOpenIncidentOfTheNumberWinsAndLinkedCallersMatchToo() {
        Incident first = medical(NUMBER);
        bed.after(Duration.ofMinutes(5));
        Incident second = bed.incident(NUMBER, IncidentType.FIRE, Priority.P2, null);
        Incident other = medical("+593990000001");
        bed.dispatch
                .linkCall(DORA, other.id(), new CallerNumber("+593990000002"))
                .orElseThrow();
        bed.after(Duration.ofSeconds(10));

        assertThat(bed.callers.receiveSmsText(AmlText.located(-2.9, -79.0), CALLER))
                .isInstanceOfSatisfying(
                        IntakeOutcome.Matched.class,
                        m -> assertThat(m.incident()).isEqualTo(second.id()).isNotEqualTo(first.id()));
        assertThat(bed.callers.receiveSmsText(AmlText.located(-2.9, -79.0), new CallerNumber("+593990000002")))
                .isInstanceOfSatisfying(IntakeOutcome.Matched.class, m -> assertThat(m.incident())
                        .isEqualTo(other.id()));
    }

    @Test
    void noLocationFormsAreKeptAndMatchedAsSuch() {
        Incident incident = medical(NUMBER);

        assertThat(bed.callers.receiveSmsText(AmlText.noLocation(), CALLER))
                .isInstanceOfSatisfying(IntakeOutcome.Matched.class, m -> assertThat(m.located())
                        .isFalse());
        assertThat(bed.callerLocations.forIncident(incident.id()).getFirst().finding())
                .isInstanceOf(CallerFinding.None.class);
        assertThat(bed.deadLetters.counts()).isEmpty();
    }

    @Test
    void malformedMessagesBecomeCountedDeadLettersAndNothingElse() {
        medical(NUMBER);
        String junk = "A\"ML=1;lt=+54.76397;lg=-0.18305;rd=50;top=20130717;lc=90;pm=W;ml=60\u0007" + "x".repeat(1100);

        IntakeOutcome bad = bed.callers.receiveSmsText(junk, CALLER);
        bed.callers.receiveSmsData("0g", CALLER);
        bed.callers.receiveHttps("v=1&device_number=%2B593991234567&location_latitude=abc&location_longitude=-79"
                .getBytes(StandardCharsets.US_ASCII));

        assertThat(bad).isInstanceOfSatisfying(IntakeOutcome.DeadLettered.class, d -> assertThat(d.reason())
                .isEqualTo(InvalidReason.TOO_LARGE));
        assertThat(bed.callerLocations.all()).isEmpty();
        assertThat(bed.deadLetters.counts()).isEqualTo(Map.of("TOO_LARGE", 1L, "MALFORMED", 1L, "BAD_VALUE", 1L));
        DeadLetter oldest = bed.deadLetters.latest(10).getLast();
        assertThat(oldest.excerpt())
                .hasSize(DeadLetter.MAX_EXCERPT)
                .startsWith("A\"ML=1;")
                .contains("ml=60?x");
        assertThat(oldest.kind()).isEqualTo(MessageKind.AML_SMS_TEXT);
        assertThat(bed.audited(AuditAction.CREATE, AuditResult.SUCCESS, AuditObjectType.DEAD_LETTER))
                .hasSize(3);
    }

    @Test
    void messagesWithoutACallerNumberOrPastTheirRetentionAreCountedAndDropped() {
        medical(NUMBER);
        String pidf = """
                <?xml version="1.0" encoding="UTF-8"?>
                <presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10"
                    xmlns:gml="http://www.opengis.net/gml" entity="pres:caller@example.com">
                  <tuple id="t1"><status><gp:geopriv>
                    <gp:location-info><gml:Point srsName="urn:ogc:def:crs:EPSG::4326">
                      <gml:pos>-2.9001 -79.0059</gml:pos></gml:Point></gp:location-info>
                    <gp:usage-rules><gp:retention-expiry>2020-01-01T00:00:00Z</gp:retention-expiry></gp:usage-rules>
                  </gp:geopriv></status></tuple>
                </presence>
                """;

        assertThat(bed.callers.receiveSmsText(AmlText.located(-2.9, -79.0), null))
                .isEqualTo(new IntakeOutcome.Dropped(IntakeDrop.NO_CALLER_NUMBER));
        assertThat(bed.callers.receivePidfLo(pidf.getBytes(StandardCharsets.UTF_8), CALLER))
                .isEqualTo(new IntakeOutcome.Dropped(IntakeDrop.RETENTION_EXPIRED));
        assertThat(bed.callerLocations.all()).isEmpty();
        assertThat(bed.deadLetters.counts()).isEqualTo(Map.of("NO_CALLER_NUMBER", 1L, "RETENTION_EXPIRED", 1L));
    }

    @Test
    void httpsMessagesAreMatchedByTheirDeviceNumberAndABadMacIsADeadLetter() throws Exception {
        byte[] key = "shared-secret".getBytes(StandardCharsets.US_ASCII);
        DispatchTestbed keyed = new DispatchTestbed(
                List.of(DispatchTestbed.NORTH, DispatchTestbed.SOUTH),
                org.amparo.core.ingest.emergency.aml.AmlHttpsDecoder.withKey(key));
        Incident incident = keyed.incident(NUMBER, IncidentType.MEDICAL, Priority.P1, null);
        String form = "v=1&device_number=%2B593991234567&location_latitude=-2.9001&location_longitude=-79.0059"
                + "&location_accuracy=20&location_source=GPS&location_certainty=68";
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA1"));
        String hmac = java.util.HexFormat.of().formatHex(mac.doFinal(form.getBytes(StandardCharsets.US_ASCII)));

        assertThat(keyed.callers.receiveHttps((form + "&hmac=" + hmac).getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(IntakeOutcome.Matched.class, m -> assertThat(m.incident())
                        .isEqualTo(incident.id()));
        assertThat(keyed.callers.receiveHttps((form + "&hmac=" + "0".repeat(40)).getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(IntakeOutcome.DeadLettered.class, d -> assertThat(d.reason())
                        .isEqualTo(InvalidReason.BAD_MAC));
    }

    @Test
    void aPersonAcceptsTheCallerLocationAsTheIncidentsLocation() {
        Incident incident = bed.incident(NUMBER, IncidentType.MEDICAL, Priority.P1, null);
        IntakeOutcome.Matched matched =
                (IntakeOutcome.Matched) bed.callers.receiveSmsText(AmlText.located(-2.9001, -79.0059), CALLER);
        IntakeOutcome.Matched empty = (IntakeOutcome.Matched) bed.callers.receiveSmsText(AmlText.noLocation(), CALLER);

        assertThat(bed.callers.accept(AUGUSTO, incident.id(), matched.id())).isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.callers.accept(DORA, incident.id(), empty.id())).isInstanceOf(Outcome.Conflict.class);
        Incident located = bed.callers.accept(DORA, incident.id(), matched.id()).orElseThrow();

        assertThat(located.location()).isEqualTo(new GeoPoint(-2.9001, -79.0059));
        assertThat(located.province()).isEqualTo(ProvinceRef.of(DispatchTestbed.SOUTH));
        assertThat(bed.incidents.timeline(incident.id()).getLast())
                .isInstanceOfSatisfying(
                        IncidentEvent.Located.class, l -> assertThat(l.actor()).isEqualTo("dora"));
        Incident other = medical("+593990000001");
        assertThat(bed.callers.accept(DORA, other.id(), matched.id())).isInstanceOf(Outcome.NotFound.class);
        assertThat(bed.audited(AuditAction.UPDATE, AuditResult.DENIED, AuditObjectType.INCIDENT))
                .hasSize(3);
    }

    @Test
    void readingCallerLocationsIsJustifiedAndAudited() {
        Incident incident = medical(NUMBER);
        bed.callers.receiveSmsText(AmlText.located(-2.9, -79.0), CALLER);

        assertThat(bed.callers.forIncident(DORA, incident.id(), null)).isInstanceOf(Outcome.Invalid.class);
        assertThat(bed.callers.forIncident(AUGUSTO, incident.id(), WHY)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.callers.forIncident(DORA, incident.id(), WHY).orElseThrow())
                .hasSize(1);

        assertThat(bed.audited(AuditAction.READ, AuditResult.SUCCESS, AuditObjectType.CALLER_LOCATION))
                .singleElement()
                .satisfies(e -> assertThat(e.record().justification()).isEqualTo(WHY));
        assertThat(bed.audited(AuditAction.READ, AuditResult.DENIED, AuditObjectType.CALLER_LOCATION))
                .hasSize(2);
        assertThat(bed.callers.deadLetters(DORA, 10, WHY)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.callers.deadLetters(SOFIA, 10, WHY).orElseThrow()).isEmpty();
    }
}
