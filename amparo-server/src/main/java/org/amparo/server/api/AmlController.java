package org.amparo.server.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.caller.CallerLocationService;
import org.amparo.core.dispatch.caller.DeadLetter;
import org.amparo.core.dispatch.caller.IntakeOutcome;
import org.amparo.core.ingest.emergency.aml.AmlHttpsDecoder;
import org.amparo.core.ingest.emergency.aml.AmlSmsDecoder;
import org.amparo.server.config.DispatchConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.events.DispatchEvents;
import org.amparo.server.security.ApiTokens;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Advanced Mobile Location intake (ETSI TS 103 625), and the PIDF-LO and HELD documents of networks that deliver
 * caller location that way. The intake routes answer 2xx for every message their caller
 * is entitled to send, as the standard requires, whatever becomes of it: kept and matched, kept pending, dropped
 * (counted) or refused into the dead-letter list with its reason. Bodies are read raw, at most one octet past the
 * decoder's limit, so that the HMAC covers exactly what was sent and an oversized body is refused as TOO_LARGE.
 */
@RestController
public class AmlController {
    /** Header the SMS gateway sends its token in (not {@code Authorization}, which carries users' credentials). */
    public static final String GATEWAY_HEADER = "X-Amparo-Gateway-Token";

    private static final Pattern HEX = Pattern.compile("(?:[0-9A-Fa-f]{2})+");

    private final CallerLocationService callers;
    private final DispatchEvents events;
    private final byte @Nullable [] gatewayTokenHash;

    public AmlController(CallerLocationService callers, DispatchEvents events, Settings settings) {
        this.callers = callers;
        this.events = events;
        String token = settings.optional(DispatchConfig.SMS_GATEWAY_TOKEN);
        this.gatewayTokenHash = token == null ? null : hash(token);
    }

    /** The handset's HTTPS form post; authenticated by its HMAC only, so the answer tells nothing of the outcome. */
    @PostMapping("/api/v1/aml")
    ResponseEntity<Map<String, Object>> https(HttpServletRequest request) throws IOException {
        byte[] body = read(request.getInputStream(), AmlHttpsDecoder.MAX_BODY_BYTES + 1);
        events.callerLocation(callers.receiveHttps(body));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("received", true));
    }

    /**
     * An AML SMS as text ({@code A"ML=...}) or as the hexadecimal user data of the 7-bit data SMS; {@code from} is
     * the sending number, which matches the message to the incident whose caller number it is.
     */
    @PostMapping("/api/v1/aml/sms")
    Map<String, Object> sms(
            HttpServletRequest request,
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestHeader(name = GATEWAY_HEADER, required = false) @Nullable String gatewayToken,
            @Nullable Authentication auth)
            throws IOException {
        authorize(auth, gatewayToken);
        byte[] raw = read(request.getInputStream(), 4 * AmlSmsDecoder.MAX_DATA_OCTETS + 1);
        String text = new String(raw, StandardCharsets.UTF_8).strip();
        CallerNumber sender = number(from);
        IntakeOutcome outcome = HEX.matcher(text).matches()
                ? callers.receiveSmsData(text, sender)
                : callers.receiveSmsText(text, sender);
        events.callerLocation(outcome);
        return view(outcome);
    }

    /** Longest PIDF-LO or HELD document read; the decoder refuses anything longer as TOO_LARGE. */
    static final int MAX_XML_BYTES = 64 * 1024;

    /**
     * A PIDF-LO location object (RFC 4119/5491: point, circle, civic address) as a network's location
     * server delivers it for an emergency call; {@code caller} is the calling number it belongs to.
     * Same callers and same answers as the SMS route; refused documents are dead-lettered.
     */
    @PostMapping("/api/v1/caller-locations/pidf-lo")
    Map<String, Object> pidfLo(
            HttpServletRequest request,
            @RequestParam(name = "caller", required = false) @Nullable String caller,
            @RequestHeader(name = GATEWAY_HEADER, required = false) @Nullable String gatewayToken,
            @Nullable Authentication auth)
            throws IOException {
        return xml(request, caller, gatewayToken, auth, callers::receivePidfLo);
    }

    /** A HELD location response (RFC 5985, error responses included), as {@link #pidfLo} does. */
    @PostMapping("/api/v1/caller-locations/held")
    Map<String, Object> held(
            HttpServletRequest request,
            @RequestParam(name = "caller", required = false) @Nullable String caller,
            @RequestHeader(name = GATEWAY_HEADER, required = false) @Nullable String gatewayToken,
            @Nullable Authentication auth)
            throws IOException {
        return xml(request, caller, gatewayToken, auth, callers::receiveHeld);
    }

    private Map<String, Object> xml(
            HttpServletRequest request,
            @Nullable String caller,
            @Nullable String gatewayToken,
            @Nullable Authentication auth,
            BiFunction<byte[], @Nullable CallerNumber, IntakeOutcome> decode)
            throws IOException {
        authorize(auth, gatewayToken);
        IntakeOutcome outcome = decode.apply(read(request.getInputStream(), MAX_XML_BYTES + 1), number(caller));
        events.callerLocation(outcome);
        return view(outcome);
    }

    private static @Nullable CallerNumber number(@Nullable String text) {
        return text == null ? null : CallerNumber.parse(text).orElse(null);
    }

    /** The newest refused messages with their reasons: supervisors, with a justification (excerpts are personal). */
    @GetMapping("/api/v1/aml/dead-letters")
    Map<String, Object> deadLetters(
            @RequestParam(name = "limit", defaultValue = "100") int limit,
            @RequestParam(name = "justification", required = false) @Nullable String justification,
            @RequestHeader(name = "X-Justification", required = false) @Nullable String header,
            Authentication auth) {
        String why = header != null ? header : justification;
        List<DeadLetter> letters = Outcomes.value(callers.deadLetters(CurrentActor.of(auth), limit, why));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("counts", callers.intakeCounts());
        view.put("deadLetters", letters.stream().map(AmlController::letter).toList());
        return view;
    }

    private void authorize(@Nullable Authentication auth, @Nullable String gatewayToken) {
        if (auth != null && auth.isAuthenticated()) {
            Actor actor = CurrentActor.of(auth);
            if (!actor.has(Role.DISPATCHER) && !actor.has(Role.SUPERVISOR)) {
                throw new RefusedException(
                        HttpStatus.FORBIDDEN,
                        "forbidden-role",
                        "only dispatchers and supervisors post AML SMS",
                        List.of());
            }
            return;
        }
        byte[] expected = gatewayTokenHash;
        if (gatewayToken == null || expected == null || !MessageDigest.isEqual(expected, hash(gatewayToken))) {
            throw new RefusedException(
                    HttpStatus.UNAUTHORIZED,
                    "unauthenticated",
                    "log in as a dispatcher or send the SMS gateway's token in " + GATEWAY_HEADER,
                    List.of());
        }
    }

    private static Map<String, Object> view(IntakeOutcome outcome) {
        Map<String, Object> view = new LinkedHashMap<>();
        switch (outcome) {
            case IntakeOutcome.Matched m -> {
                view.put("outcome", "MATCHED");
                view.put("callerLocationId", m.id().toString());
                view.put("incidentId", m.incident().toString());
                view.put("located", m.located());
            }
            case IntakeOutcome.Pending p -> {
                view.put("outcome", "PENDING");
                view.put("callerLocationId", p.id().toString());
                view.put("located", p.located());
            }
            case IntakeOutcome.Dropped d -> {
                view.put("outcome", "DROPPED");
                view.put("reason", d.reason().name());
            }
            case IntakeOutcome.DeadLettered d -> {
                view.put("outcome", "DEAD_LETTERED");
                view.put("deadLetterId", d.id().toString());
                view.put("reason", d.reason().name());
            }
        }
        return view;
    }

    private static Map<String, Object> letter(DeadLetter l) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", l.id().toString());
        view.put("receivedAt", l.receivedAt().toString());
        view.put("kind", l.kind().name());
        view.put("reason", l.reason().name());
        view.put("detail", l.detail());
        view.put("excerpt", l.excerpt());
        return view;
    }

    private static byte[] read(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static byte[] hash(String token) {
        return ApiTokens.sha256(token).getBytes(StandardCharsets.US_ASCII);
    }
}
