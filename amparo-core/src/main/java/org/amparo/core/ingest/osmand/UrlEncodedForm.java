package org.amparo.core.ingest.osmand;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.amparo.core.ingest.DecodeException;
import org.amparo.core.ingest.RejectReason;

/**
 * Reads {@code application/x-www-form-urlencoded} text (a query string or a form body): pairs split on
 * {@code &}, name and value on the first {@code =}, {@code +} is a space, percent escapes are bytes of
 * strict UTF-8. Empty segments ({@code &&}) are skipped; a segment without {@code =} has an empty value.
 * Stateless.
 */
final class UrlEncodedForm {
    /** One decoded pair, in document order. */
    record Pair(String name, String value) {}

    private UrlEncodedForm() {}

    static List<Pair> parse(String raw, int maxParameters) throws DecodeException {
        List<Pair> pairs = new ArrayList<>();
        int start = 0;
        while (start <= raw.length()) {
            int end = raw.indexOf('&', start);
            if (end < 0) {
                end = raw.length();
            }
            if (end > start) {
                if (pairs.size() == maxParameters) {
                    throw new DecodeException(RejectReason.TOO_LARGE, "more than " + maxParameters + " parameters");
                }
                pairs.add(pair(raw.substring(start, end), start));
            }
            start = end + 1;
        }
        return pairs;
    }

    private static Pair pair(String segment, int offset) throws DecodeException {
        int equals = segment.indexOf('=');
        String name = decode(equals < 0 ? segment : segment.substring(0, equals), offset);
        if (name.isEmpty()) {
            throw new DecodeException(RejectReason.MALFORMED, "empty parameter name at offset " + offset);
        }
        String value = equals < 0 ? "" : decode(segment.substring(equals + 1), offset + equals + 1);
        return new Pair(name, value);
    }

    private static String decode(String encoded, int offset) throws DecodeException {
        if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (low < 0 || encoded.charAt(i + 1) > 0x7f || encoded.charAt(i + 2) > 0x7f) {
                    throw new DecodeException(
                            RejectReason.MALFORMED, "invalid percent escape at offset " + (offset + i));
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c)) {
                    throw new DecodeException(RejectReason.MALFORMED, "non-ASCII surrogate at offset " + (offset + i));
                }
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return strictUtf8(bytes.toByteArray(), offset);
    }

    /** Decodes {@code bytes} as strict UTF-8, refusing malformed sequences. */
    static String strictUtf8(byte[] bytes, int offset) throws DecodeException {
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new DecodeException(RejectReason.MALFORMED, "invalid UTF-8 near offset " + offset);
        }
    }
}
