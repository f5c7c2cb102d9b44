package org.amparo.core.ingest.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A strict RFC 8259 reader with {@link JsonLimits}. Immutable and thread-safe; each call parses one whole
 * document and returns a {@link JsonResult}, never throwing on bad input. Refused: comments, trailing
 * commas, single quotes, {@code NaN}/{@code Infinity}, leading zeros, control characters in strings,
 * unpaired surrogate escapes, duplicate member names, a byte order mark, invalid UTF-8, trailing content.
 */
public final class JsonReader {
    private final JsonLimits limits;

    public JsonReader(JsonLimits limits) {
        this.limits = limits;
    }

    /** Parses {@code utf8}, checking its size before decoding it. */
    public JsonResult read(byte[] utf8) {
        if (utf8.length > limits.maxInputBytes()) {
            return new JsonResult.Invalid(new JsonError(
                    JsonError.Kind.LIMIT, "document larger than " + limits.maxInputBytes() + " bytes", 0));
        }
        ByteBuffer bytes = ByteBuffer.wrap(utf8);
        CharBuffer chars = CharBuffer.allocate(utf8.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            return new JsonResult.Invalid(new JsonError(JsonError.Kind.SYNTAX, "invalid UTF-8", bytes.position()));
        }
        return read(chars.flip().toString());
    }

    /** Parses already decoded text; its length in chars is checked against {@code maxInputBytes}. */
    public JsonResult read(String text) {
        if (text.length() > limits.maxInputBytes()) {
            return new JsonResult.Invalid(new JsonError(
                    JsonError.Kind.LIMIT, "document larger than " + limits.maxInputBytes() + " bytes", 0));
        }
        Parser parser = new Parser(text, limits);
        try {
            JsonValue value = parser.document();
            return new JsonResult.Parsed(value);
        } catch (Failure f) {
            return new JsonResult.Invalid(new JsonError(f.kind, String.valueOf(f.getMessage()), f.offset));
        }
    }

    /** Internal signal, turned into {@link JsonResult.Invalid} by {@link #read(String)}. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final JsonError.Kind kind;
        private final int offset;

        Failure(JsonError.Kind kind, String message, int offset) {
            super(message, null, false, false);
            this.kind = kind;
            this.offset = offset;
        }
    }

    /** One parse of one document; not thread-safe. */
    private static final class Parser {
        private final String in;
        private final JsonLimits limits;
        private int pos;
        private int values;

        Parser(String in, JsonLimits limits) {
            this.in = in;
            this.limits = limits;
        }

        JsonValue document() throws Failure {
            skipWhitespace();
            JsonValue value = value(0);
            skipWhitespace();
            if (pos < in.length()) {
                throw syntax("unexpected content after the document");
            }
            return value;
        }

        private JsonValue value(int depth) throws Failure {
            if (++values > limits.maxValues()) {
                throw limit("more than " + limits.maxValues() + " values");
            }
            if (pos >= in.length()) {
                throw syntax("unexpected end of input, expected a value");
            }
            char c = in.charAt(pos);
            return switch (c) {
                case '{' -> object(depth + 1);
                case '[' -> array(depth + 1);
                case '"' -> new JsonValue.JsonString(string());
                case 't' -> literal("true", new JsonValue.JsonBoolean(true));
                case 'f' -> literal("false", new JsonValue.JsonBoolean(false));
                case 'n' -> literal("null", JsonValue.JsonNull.INSTANCE);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw syntax("unexpected character '" + printable(c) + "', expected a value");
                }
            };
        }

        private JsonValue object(int depth) throws Failure {
            checkDepth(depth);
            pos++;
            Map<String, JsonValue> members = new LinkedHashMap<>();
            skipWhitespace();
            if (peek() == '}') {
                pos++;
                return new JsonValue.JsonObject(members);
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw syntax("expected a member name in double quotes");
                }
                int nameAt = pos;
                String name = string();
                skipWhitespace();
                expect(':', "expected ':' after member name");
                skipWhitespace();
                JsonValue member = value(depth);
                if (members.putIfAbsent(name, member) != null) {
                    throw new Failure(JsonError.Kind.SYNTAX, "duplicate member name \"" + name + "\"", nameAt);
                }
                skipWhitespace();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect('}', "expected ',' or '}' in object");
                return new JsonValue.JsonObject(members);
            }
        }

        private JsonValue array(int depth) throws Failure {
            checkDepth(depth);
            pos++;
            List<JsonValue> elements = new ArrayList<>();
            skipWhitespace();
            if (peek() == ']') {
                pos++;
                return new JsonValue.JsonArray(elements);
            }
            while (true) {
                skipWhitespace();
                elements.add(value(depth));
                skipWhitespace();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect(']', "expected ',' or ']' in array");
                return new JsonValue.JsonArray(elements);
            }
        }

        private String string() throws Failure {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= in.length()) {
                    throw syntax("unterminated string");
                }
                char c = in.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    pos--;
                    throw syntax("unescaped control character in string");
                }
                if (c == '\\') {
                    escape(out);
                } else {
                    out.append(c);
                }
                if (out.length() > limits.maxStringChars()) {
                    throw limit("string longer than " + limits.maxStringChars() + " characters");
                }
            }
        }

        private void escape(StringBuilder out) throws Failure {
            if (pos >= in.length()) {
                throw syntax("unterminated escape");
            }
            char e = in.charAt(pos++);
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> unicodeEscape(out);
                default -> {
                    pos--;
                    throw syntax("invalid escape '\\" + printable(e) + "'");
                }
            }
        }

        private void unicodeEscape(StringBuilder out) throws Failure {
            char unit = hex4();
            if (Character.isHighSurrogate(unit)) {
                if (!in.startsWith("\\u", pos)) {
                    throw syntax("unpaired surrogate escape");
                }
                pos += 2;
                char low = hex4();
                if (!Character.isLowSurrogate(low)) {
                    throw syntax("unpaired surrogate escape");
                }
                out.append(unit).append(low);
            } else if (Character.isLowSurrogate(unit)) {
                throw syntax("unpaired surrogate escape");
            } else {
                out.append(unit);
            }
        }

        private char hex4() throws Failure {
            if (pos + 4 > in.length()) {
                throw syntax("truncated \\u escape");
            }
            int v = 0;
            for (int i = 0; i < 4; i++) {
                int d = hexValue(in.charAt(pos));
                if (d < 0) {
                    throw syntax("invalid hex digit in \\u escape");
                }
                v = v * 16 + d;
                pos++;
            }
            return (char) v;
        }

        private static int hexValue(char c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            if (c >= 'a' && c <= 'f') {
                return c - 'a' + 10;
            }
            if (c >= 'A' && c <= 'F') {
                return c - 'A' + 10;
            }
            return -1;
        }

        private JsonValue number() throws Failure {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            if (peek() == '0') {
                pos++;
            } else if (isDigit(peek())) {
                digits();
            } else {
                throw syntax("expected a digit");
            }
            if (peek() == '.') {
                pos++;
                if (!isDigit(peek())) {
                    throw syntax("expected a digit after the decimal point");
                }
                digits();
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                if (!isDigit(peek())) {
                    throw syntax("expected a digit in the exponent");
                }
                digits();
            }
            if (pos - start > limits.maxNumberChars()) {
                throw new Failure(
                        JsonError.Kind.LIMIT, "number longer than " + limits.maxNumberChars() + " characters", start);
            }
            return new JsonValue.JsonNumber(in.substring(start, pos));
        }

        private void digits() {
            while (isDigit(peek())) {
                pos++;
            }
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        private JsonValue literal(String word, JsonValue value) throws Failure {
            if (!in.startsWith(word, pos)) {
                throw syntax("invalid literal, expected " + word);
            }
            pos += word.length();
            return value;
        }

        private void checkDepth(int depth) throws Failure {
            if (depth > limits.maxDepth()) {
                throw limit("nesting deeper than " + limits.maxDepth());
            }
        }

        private void expect(char c, String message) throws Failure {
            if (peek() != c) {
                throw syntax(message);
            }
            pos++;
        }

        /** The current char, or -1 at the end. */
        private int peek() {
            return pos < in.length() ? in.charAt(pos) : -1;
        }

        private void skipWhitespace() {
            while (pos < in.length()) {
                char c = in.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        private static String printable(char c) {
            return c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c);
        }

        private Failure syntax(String message) {
            return new Failure(JsonError.Kind.SYNTAX, message, pos);
        }

        private Failure limit(String message) {
            return new Failure(JsonError.Kind.LIMIT, message, pos);
        }
    }
}
