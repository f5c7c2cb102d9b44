package org.amparo.core.ingest.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.amparo.core.ingest.json.JsonValue.JsonArray;
import org.amparo.core.ingest.json.JsonValue.JsonNumber;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.amparo.core.ingest.json.JsonValue.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {
    private final JsonReader reader = new JsonReader(JsonLimits.DEVICE_MESSAGE);

    private JsonValue parsed(String text) {
        JsonResult result = reader.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result).as(text).isInstanceOf(JsonResult.Parsed.class);
        return ((JsonResult.Parsed) result).value();
    }

    private JsonError invalid(String text) {
        return invalid(reader, text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonError invalid(JsonReader reader, byte[] bytes) {
        JsonResult result = reader.read(bytes);
        assertThat(result).isInstanceOf(JsonResult.Invalid.class);
        return ((JsonResult.Invalid) result).error();
    }

    @Test
    void readsEveryKindOfValueAndKeepsMemberOrder() {
        JsonObject o = (JsonObject)
                parsed(" {\"b\": [1, -0.5e3, true, false, null], \"a\": \"x\\u00e9\\n\\\"\\/\", \"c\": {}} ");
        assertThat(o.members().keySet()).containsExactly("b", "a", "c");
        JsonArray b = (JsonArray) Objects.requireNonNull(o.get("b"));
        assertThat(b.elements()).hasSize(5);
        assertThat(((JsonNumber) b.elements().get(1)).toDouble()).isEqualTo(-500.0);
        assertThat(b.elements().get(4)).isEqualTo(JsonValue.JsonNull.INSTANCE);
        assertThat(((JsonString) Objects.requireNonNull(o.get("a"))).value()).isEqualTo("xé\n\"/");
    }

    @Test
    void keepsTheExactNumberText() {
        JsonNumber n = (JsonNumber) parsed("37.785834000000001");
        assertThat(n.text()).isEqualTo("37.785834000000001");
        assertThat(n.toDouble()).isEqualTo(37.785834);
    }

    @Test
    void readsSurrogatePairsAndRawUtf8() {
        assertThat(((JsonString) parsed("\"\\ud83d\\ude00 \uD83D\uDE00\"")).value())
                .isEqualTo("\uD83D\uDE00 \uD83D\uDE00");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NaN",
                "Infinity",
                "-Infinity",
                "{\"lat\": NaN}",
                "[1,]",
                "{\"a\":1,}",
                "// c\n1",
                "/* c */ 1",
                "'a'",
                "01",
                "1.",
                ".5",
                "+1",
                "1e",
                "-",
                "tru",
                "nul",
                "[1 2]",
                "{\"a\" 1}",
                "{a:1}",
                "\"a",
                "\"\\x\"",
                "\"\\u12g4\"",
                "\"\\ud800\"",
                "\"\\udc00x\"",
                "1 2",
                "",
                "   ",
                "[",
                "{",
                "\"tab\there\""
            })
    void refusesWhatRfc8259Refuses(String text) {
        assertThat(invalid(text).kind()).as(text).isEqualTo(JsonError.Kind.SYNTAX);
    }

    @Test
    void refusesDuplicateMemberNamesWithTheirPosition() {
        JsonError error = invalid("{\"lat\": 1, \"lat\": 2}");
        assertThat(error.message()).contains("duplicate member name \"lat\"");
        assertThat(error.offset()).isEqualTo(11);
    }

    @Test
    void reportsTheOffsetOfASyntaxError() {
        JsonError error = invalid("{\"a\": [1, 2,, 3]}");
        assertThat(error.offset()).isEqualTo(12);
        assertThat(error.describe()).contains("at offset 12");
    }

    @Test
    void refusesInvalidUtf8AndAByteOrderMark() {
        JsonError utf8 = invalid(reader, new byte[] {'"', 'a', (byte) 0xC3, '"'});
        assertThat(utf8.message()).isEqualTo("invalid UTF-8");
        assertThat(utf8.offset()).isEqualTo(2);
        assertThat(invalid(reader, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'})
                        .kind())
                .isEqualTo(JsonError.Kind.SYNTAX);
    }

    @Test
    void refusesDeepNestingWithoutOverflowingTheStack() {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        JsonReader lenient = new JsonReader(new JsonLimits(1 << 20, 256, 100, 40, 1_000_000));
        JsonError error = invalid(lenient, deep.getBytes(StandardCharsets.US_ASCII));
        assertThat(error.kind()).isEqualTo(JsonError.Kind.LIMIT);
        assertThat(error.message()).contains("nesting deeper than 256");
        assertThat(invalid("[".repeat(17) + "]".repeat(17)).message()).contains("deeper than 16");
        assertThat(parsed("[".repeat(16) + "]".repeat(16))).isInstanceOf(JsonArray.class);
    }

    @Test
    void refusesOversizedInputBeforeDecodingIt() {
        byte[] huge = new byte[JsonLimits.DEVICE_MESSAGE.maxInputBytes() + 1];
        JsonError error = invalid(reader, huge);
        assertThat(error.kind()).isEqualTo(JsonError.Kind.LIMIT);
        assertThat(error.message()).contains("larger than 65536 bytes");
    }

    @Test
    void refusesOversizedStringsNumbersAndValueCounts() {
        assertThat(invalid("\"" + "a".repeat(4097) + "\"").message()).contains("string longer than 4096");
        assertThat(invalid("1" + "0".repeat(40)).message()).contains("number longer than 40");
        JsonReader few = new JsonReader(new JsonLimits(1 << 20, 8, 100, 40, 10));
        assertThat(invalid(few, "[1,2,3,4,5,6,7,8,9,10]".getBytes(StandardCharsets.US_ASCII))
                        .message())
                .contains("more than 10 values");
    }

    @Test
    void hugeExponentsParseButAreNotFinite() {
        assertThat(((JsonNumber) parsed("1e999")).toDouble()).isInfinite();
    }
}
