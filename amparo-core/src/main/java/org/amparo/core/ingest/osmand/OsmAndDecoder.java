package org.amparo.core.ingest.osmand;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.amparo.core.ingest.DecodeException;
import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.RejectReason;
import org.amparo.core.ingest.json.JsonError;
import org.amparo.core.ingest.json.JsonLimits;
import org.amparo.core.ingest.json.JsonReader;
import org.amparo.core.ingest.json.JsonResult;
import org.jspecify.annotations.Nullable;

/**
 * Decodes one HTTP request of the OsmAnd protocol (Traccar Client and compatible apps).
 *
 * <p>As Traccar does, the query string wins when it has parameters; otherwise a POST body is read as JSON
 * when its content type is {@code application/json}, else as a form ({@code
 * application/x-www-form-urlencoded}, {@code text/plain} or no content type). Sizes are checked first, so
 * a 10 MB query string is refused without being scanned. Query and form fields: {@code id}/{@code
 * deviceid}, {@code lat}, {@code lon} or {@code location=lat,lon}, {@code timestamp} (epoch seconds,
 * milliseconds or ISO 8601), {@code speed} in knots, {@code bearing}/{@code heading}, {@code altitude},
 * {@code accuracy}, {@code hdop}, {@code batt}; see {@link OsmAndJson} for the JSON form. A message
 * without a time is stamped with the receiving clock's time, as Traccar does.
 *
 * <p>Immutable and thread-safe.
 */
public final class OsmAndDecoder {
    private final Clock clock;
    private final OsmAndLimits limits;
    private final JsonReader jsonReader;

    public OsmAndDecoder(Clock clock) {
        this(clock, OsmAndLimits.DEFAULT);
    }

    public OsmAndDecoder(Clock clock, OsmAndLimits limits) {
        this.clock = clock;
        this.limits = limits;
        JsonLimits json = JsonLimits.DEVICE_MESSAGE;
        this.jsonReader = new JsonReader(new JsonLimits(
                limits.maxBodyBytes(),
                json.maxDepth(),
                json.maxStringChars(),
                json.maxNumberChars(),
                json.maxValues()));
    }

    /** The fixes the request carries (one, or several for a JSON batch), or why it was refused. */
    public DecodeResult decode(OsmAndRequest request) {
        try {
            return new DecodeResult.Decoded(fixes(request));
        } catch (DecodeException e) {
            return e.toRejected();
        }
    }

    private List<DeviceFix> fixes(OsmAndRequest request) throws DecodeException {
        String method = request.method().toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new DecodeException(RejectReason.UNSUPPORTED_METHOD, "method " + method + " is not GET or POST");
        }
        if (request.rawQuery().length() > limits.maxQueryChars()) {
            throw new DecodeException(
                    RejectReason.TOO_LARGE, "query string longer than " + limits.maxQueryChars() + " characters");
        }
        if (request.bodyLength() > limits.maxBodyBytes()) {
            throw new DecodeException(RejectReason.TOO_LARGE, "body larger than " + limits.maxBodyBytes() + " bytes");
        }
        List<UrlEncodedForm.Pair> query = UrlEncodedForm.parse(request.rawQuery(), limits.maxParameters());
        if (!query.isEmpty()) {
            return List.of(OsmAndParameters.toFix(query, clock.instant()));
        }
        if (method.equals("GET") || request.bodyLength() == 0) {
            throw new DecodeException(RejectReason.MISSING_FIELD, "no parameters in query string or body");
        }
        return switch (mediaType(request.contentType())) {
            case "application/json" -> json(request.body());
            case "", "application/x-www-form-urlencoded", "text/plain" -> form(request.body());
            default ->
                throw new DecodeException(
                        RejectReason.UNSUPPORTED_MEDIA_TYPE,
                        "content type " + request.contentType() + " is not supported");
        };
    }

    private List<DeviceFix> json(byte[] body) throws DecodeException {
        JsonResult result = jsonReader.read(body);
        return switch (result) {
            case JsonResult.Parsed parsed -> OsmAndJson.toFixes(parsed.value(), clock.instant());
            case JsonResult.Invalid invalid ->
                throw new DecodeException(
                        invalid.error().kind() == JsonError.Kind.LIMIT
                                ? RejectReason.TOO_LARGE
                                : RejectReason.MALFORMED,
                        "JSON body: " + invalid.error().describe());
        };
    }

    private List<DeviceFix> form(byte[] body) throws DecodeException {
        if (body.length > limits.maxQueryChars()) {
            throw new DecodeException(
                    RejectReason.TOO_LARGE, "form body longer than " + limits.maxQueryChars() + " characters");
        }
        String text = UrlEncodedForm.strictUtf8(body, 0).strip();
        List<UrlEncodedForm.Pair> pairs = UrlEncodedForm.parse(text, limits.maxParameters());
        if (pairs.isEmpty()) {
            throw new DecodeException(RejectReason.MISSING_FIELD, "no parameters in form body");
        }
        return List.of(OsmAndParameters.toFix(pairs, clock.instant()));
    }

    /** The lower-cased media type without parameters; empty when absent. Only a UTF-8 or ASCII charset is accepted. */
    private static String mediaType(@Nullable String contentType) throws DecodeException {
        if (contentType == null || contentType.isBlank()) {
            return "";
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=")) {
                String charset = parameter.substring("charset=".length()).replace("\"", "");
                if (!charset.equals("utf-8") && !charset.equals("us-ascii")) {
                    throw new DecodeException(
                            RejectReason.UNSUPPORTED_MEDIA_TYPE, "charset " + charset + " is not UTF-8");
                }
            }
        }
        return parts.length == 0 ? "" : parts[0].strip().toLowerCase(Locale.ROOT);
    }
}
