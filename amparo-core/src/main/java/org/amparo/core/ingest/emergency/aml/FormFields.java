package org.amparo.core.ingest.emergency.aml;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.amparo.core.ingest.emergency.InvalidReason;

/**
 * Reads an {@code application/x-www-form-urlencoded} body: pairs on {@code &}, name and value on the first
 * {@code =}, {@code +} a space, percent escapes strict UTF-8. A repeated name is refused, so that a verified field
 * cannot be shadowed by a second copy. Stateless.
 */
final class FormFields {
    static final int MAX_FIELDS = 64;

    private FormFields() {}

    static Map<String, String> parse(String body) throws AmlRejection {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String segment : body.split("&", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            if (fields.size() == MAX_FIELDS) {
                throw new AmlRejection(InvalidReason.TOO_LARGE, "more than " + MAX_FIELDS + " fields");
            }
            int equals = segment.indexOf('=');
            String name = decode(equals < 0 ? segment : segment.substring(0, equals));
            String value = equals < 0 ? "" : decode(segment.substring(equals + 1));
            if (fields.put(name, value.strip()) != null) {
                throw new AmlRejection(InvalidReason.DUPLICATE_ATTRIBUTE, "field repeated: " + safe(name));
            }
        }
        return fields;
    }

    private static String decode(String encoded) throws AmlRejection {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw new AmlRejection(InvalidReason.MALFORMED, "invalid percent escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                throw new AmlRejection(InvalidReason.MALFORMED, "unescaped non-ASCII character");
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AmlRejection(InvalidReason.MALFORMED, "percent escapes are not UTF-8");
        }
    }

    /** A field name fit for a detail: field names are not personal, but are clipped and limited to a safe set. */
    static String safe(String name) {
        String clipped = name.length() > 40 ? name.substring(0, 40) : name;
        return clipped.replaceAll("[^A-Za-z0-9_]", "?");
    }
}
