package org.amparo.core.dispatch.caller;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.Refusals;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.Justifications;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.CallContext;
import org.amparo.core.ingest.emergency.LocationResult;
import org.amparo.core.ingest.emergency.aml.AmlSmsDecoder;
import org.amparo.core.ingest.emergency.pidf.HeldResponseDecoder;
import org.amparo.core.ingest.emergency.pidf.PidfLoDecoder;
import org.jspecify.annotations.Nullable;

/**
 * Receives handset caller locations (AML SMS text and data, AML HTTPS, PIDF-LO, HELD), keeps them and matches them to
 * open incidents by number within the {@link MatchWindow} (see {@link CallerMatcher}). The {@code receive} methods
 * never throw for bad input: a malformed message becomes a counted dead letter, a "no location" message is kept as
 * such, a message without any caller number or past its {@code retention-expiry} is counted and dropped. They throw
 * only when storage fails, and then nothing was kept.
 *
 * <p>The caller's number comes from the transport when it knows it (the SMS sender, the SIP caller) and otherwise
 * from the message ({@code device_number} of AML HTTPS). The AML v2 {@code en} attribute is the number dialled (112,
 * 911), not the caller's, and is never used to match.
 *
 * <p>Reading an incident's caller locations needs a justification and is audited; making one the incident's location
 * is a person's explicit act through {@link DispatchService#locate}. Thread-safe.
 */
public final class CallerLocationService {
    /** Most dead letters one read returns. */
    public static final int MAX_DEAD_LETTERS = 500;

    private final CallerLocationPorts p;
    private final CallerMatcher matcher;
    private final DispatchService dispatch;
    private final AmlSmsDecoder sms = new AmlSmsDecoder();
    private final PidfLoDecoder pidf;
    private final HeldResponseDecoder held;

    public CallerLocationService(CallerLocationPorts ports, CallerMatcher matcher, DispatchService dispatch) {
        this.p = ports;
        this.matcher = matcher;
        this.dispatch = dispatch;
        this.pidf = new PidfLoDecoder(ports.clock());
        this.held = new HeldResponseDecoder(ports.clock());
    }

    /** An AML text SMS as the gateway delivered it; {@code sender} is the SMS originator, when the gateway gives it. */
    public IntakeOutcome receiveSmsText(String text, @Nullable CallerNumber sender) {
        return receive(MessageKind.AML_SMS_TEXT, text, sms.decodeText(text), sender);
    }

    /** An AML data SMS as hexadecimal user data. */
    public IntakeOutcome receiveSmsData(String hex, @Nullable CallerNumber sender) {
        return receive(MessageKind.AML_SMS_DATA, hex, sms.decodeHex(hex), sender);
    }

    /** An AML HTTPS form body; its HMAC is checked when the decoder has a key. */
    public IntakeOutcome receiveHttps(byte[] body) {
        return receive(MessageKind.AML_HTTPS, ascii(body), p.https().decode(body), null);
    }

    /** A PIDF-LO document; {@code caller} is the number of the call it came with (for example the SIP From). */
    public IntakeOutcome receivePidfLo(byte[] xml, @Nullable CallerNumber caller) {
        return receive(MessageKind.PIDF_LO, utf8(xml), pidf.decode(xml), caller);
    }

    /** A HELD location response for the device of {@code caller}. */
    public IntakeOutcome receiveHeld(byte[] xml, @Nullable CallerNumber caller) {
        return receive(MessageKind.HELD, utf8(xml), held.decode(xml), caller);
    }

    private IntakeOutcome receive(
            MessageKind kind, String raw, LocationResult result, @Nullable CallerNumber transport) {
        Instant now = p.clock().instant();
        return p.tx().inTransaction(() -> switch (result) {
            case LocationResult.Invalid invalid -> deadLetter(kind, raw, invalid, now);
            case LocationResult.Located located -> {
                if (located.location().retentionExpiredAt(now)) {
                    yield dropped(IntakeDrop.RETENTION_EXPIRED);
                }
                yield keep(
                        located.location().call(),
                        CallerFinding.Position.of(located.location()),
                        located.location().retentionExpiry(),
                        transport,
                        now);
            }
            case LocationResult.NoLocation none ->
                keep(none.call(), new CallerFinding.None(none.reason(), none.detail()), null, transport, now);
        });
    }

    private IntakeOutcome keep(
            CallContext call,
            CallerFinding finding,
            @Nullable Instant retentionExpiry,
            @Nullable CallerNumber transport,
            Instant now) {
        Optional<CallerNumber> number = transport != null
                ? Optional.of(transport)
                : Optional.ofNullable(call.deviceNumber()).flatMap(CallerNumber::parse);
        if (number.isEmpty()) {
            return dropped(IntakeDrop.NO_CALLER_NUMBER);
        }
        Optional<IncidentId> incident = matcher.incidentFor(number.get(), now);
        StoredCallerLocation location = new StoredCallerLocation(
                new CallerLocationId(p.ids().next()),
                number.get(),
                now,
                call.source(),
                call.flags(),
                finding,
                retentionExpiry,
                incident.orElse(null));
        p.locations().insert(location);
        p.audit()
                .append(AuditRecord.by(Actor.system(), now)
                        .detail("source=" + location.source() + " located=" + location.located() + " flags="
                                + location.flags())
                        .success(AuditAction.CREATE, AuditObjectType.CALLER_LOCATION, location.id()));
        if (incident.isEmpty()) {
            return new IntakeOutcome.Pending(location.id(), location.located());
        }
        matcher.noteMatch(location, incident.get(), now);
        return new IntakeOutcome.Matched(location.id(), incident.get(), location.located());
    }

    private IntakeOutcome dropped(IntakeDrop reason) {
        p.deadLetters().countDropped(reason);
        return new IntakeOutcome.Dropped(reason);
    }

    private IntakeOutcome deadLetter(MessageKind kind, String raw, LocationResult.Invalid invalid, Instant now) {
        DeadLetter letter = new DeadLetter(
                new DeadLetterId(p.ids().next()),
                now,
                kind,
                invalid.reason(),
                invalid.detail(),
                DeadLetter.excerptOf(raw));
        p.deadLetters().insert(letter);
        p.audit()
                .append(AuditRecord.by(Actor.system(), now)
                        .detail("kind=" + kind + " reason=" + invalid.reason())
                        .success(AuditAction.CREATE, AuditObjectType.DEAD_LETTER, letter.id()));
        return new IntakeOutcome.DeadLettered(letter.id(), invalid.reason());
    }

    /** The caller locations matched to an incident, newest first: a justified, audited read. */
    public Outcome<List<StoredCallerLocation>> forIncident(
            Actor actor, IncidentId incident, @Nullable String justification) {
        Instant now = p.clock().instant();
        Outcome<List<StoredCallerLocation>> outcome;
        if (!operates(actor)) {
            outcome = new Outcome.Forbidden<>("only dispatchers and supervisors read caller locations");
        } else if (!Justifications.valid(justification)) {
            outcome = Justifications.missing();
        } else {
            outcome = p.tx().inTransaction(() -> {
                List<StoredCallerLocation> found = p.locations().forIncident(incident);
                p.audit()
                        .append(AuditRecord.by(actor, now)
                                .justification(Justifications.text(justification))
                                .detail("caller locations of incident=" + incident + " returned=" + found.size())
                                .success(AuditAction.READ, AuditObjectType.CALLER_LOCATION, incident));
                return new Outcome.Done<>(found);
            });
        }
        return Refusals.audited(
                p.tx(),
                p.audit(),
                actor,
                now,
                "read caller locations",
                AuditAction.READ,
                AuditObjectType.CALLER_LOCATION,
                incident,
                outcome);
    }

    /**
     * A person accepts a caller location matched to the incident as the incident's location (charter section 4: the
     * system never does this by itself). The province follows from the point.
     */
    public Outcome<Incident> accept(Actor actor, IncidentId incident, CallerLocationId id) {
        Instant now = p.clock().instant();
        Outcome<GeoPoint> point = operates(actor)
                ? p.tx().inTransaction(() -> pointOf(id, incident))
                : new Outcome.Forbidden<>("only dispatchers and supervisors set an incident's location");
        if (point instanceof Outcome.Done<GeoPoint>(GeoPoint at)) {
            return dispatch.locate(actor, incident, at, "caller location " + id + " accepted");
        }
        Refusals.audited(
                p.tx(),
                p.audit(),
                actor,
                now,
                "accept caller location",
                AuditAction.UPDATE,
                AuditObjectType.INCIDENT,
                incident,
                point);
        return switch (point) {
            case Outcome.Forbidden<GeoPoint> f -> new Outcome.Forbidden<>(f.reason());
            case Outcome.NotFound<GeoPoint> n -> new Outcome.NotFound<>(n.what());
            case Outcome.Conflict<GeoPoint> c -> new Outcome.Conflict<>(c.reason());
            case Outcome.Invalid<GeoPoint> i -> new Outcome.Invalid<>(i.violations());
            case Outcome.Done<GeoPoint> d -> throw new IllegalStateException("handled above");
        };
    }

    private Outcome<GeoPoint> pointOf(CallerLocationId id, IncidentId incident) {
        Optional<StoredCallerLocation> found = p.locations().find(id);
        if (found.isEmpty() || !incident.equals(found.get().incident())) {
            return new Outcome.NotFound<>("caller location " + id + " of incident " + incident);
        }
        if (!(found.get().finding()
                        instanceof CallerFinding.Position(GeoPoint point, var r, var c, var m, var t, var a))
                || point == null) {
            return new Outcome.Conflict<>("caller location " + id + " has no position");
        }
        return new Outcome.Done<>(point);
    }

    /** The newest dead letters: their excerpts may hold personal data, so supervisors only, justified and audited. */
    public Outcome<List<DeadLetter>> deadLetters(Actor actor, int limit, @Nullable String justification) {
        Instant now = p.clock().instant();
        Outcome<List<DeadLetter>> outcome;
        if (!actor.has(Role.SUPERVISOR)) {
            outcome = new Outcome.Forbidden<>("only supervisors read dead letters");
        } else if (!Justifications.valid(justification)) {
            outcome = Justifications.missing();
        } else if (limit < 1 || limit > MAX_DEAD_LETTERS) {
            outcome = Outcome.invalid("limit", "1.." + MAX_DEAD_LETTERS);
        } else {
            outcome = p.tx().inTransaction(() -> {
                List<DeadLetter> letters = p.deadLetters().latest(limit);
                p.audit()
                        .append(AuditRecord.by(actor, now)
                                .justification(Justifications.text(justification))
                                .detail("dead letters returned=" + letters.size())
                                .success(AuditAction.READ, AuditObjectType.DEAD_LETTER, "-"));
                return new Outcome.Done<>(letters);
            });
        }
        return Refusals.audited(
                p.tx(),
                p.audit(),
                actor,
                now,
                "read dead letters",
                AuditAction.READ,
                AuditObjectType.DEAD_LETTER,
                "-",
                outcome);
    }

    /** Messages refused or not kept since installation, by reason; no personal data. */
    public Map<String, Long> intakeCounts() {
        return p.tx().inTransaction(() -> p.deadLetters().counts());
    }

    private static boolean operates(Actor actor) {
        return actor.has(Role.DISPATCHER) || actor.has(Role.SUPERVISOR);
    }

    private static String ascii(byte[] body) {
        return new String(body, StandardCharsets.US_ASCII);
    }

    private static String utf8(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
