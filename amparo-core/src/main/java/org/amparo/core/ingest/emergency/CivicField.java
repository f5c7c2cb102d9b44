package org.amparo.core.ingest.emergency;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The civic address elements of RFC 4119 and RFC 5139, in the order a postal address lists them loosely. */
public enum CivicField {
    COUNTRY("country", "ISO 3166 country code"),
    A1("A1", "national subdivision (state, province)"),
    A2("A2", "county, parish"),
    A3("A3", "city, township"),
    A4("A4", "city division, borough"),
    A5("A5", "neighbourhood, block"),
    A6("A6", "street group or additional code"),
    PRM("PRM", "road pre-modifier"),
    PRD("PRD", "leading street direction"),
    RD("RD", "primary road or street"),
    STS("STS", "street suffix"),
    POD("POD", "trailing street suffix"),
    POM("POM", "road post-modifier"),
    RDSEC("RDSEC", "road section"),
    RDBR("RDBR", "road branch"),
    RDSUBBR("RDSUBBR", "road sub-branch"),
    HNO("HNO", "house number"),
    HNS("HNS", "house number suffix"),
    LMK("LMK", "landmark or vanity address"),
    LOC("LOC", "additional location information"),
    NAM("NAM", "name (residence, business)"),
    PC("PC", "postal code"),
    BLD("BLD", "building"),
    UNIT("UNIT", "unit (apartment, suite)"),
    FLR("FLR", "floor"),
    ROOM("ROOM", "room"),
    SEAT("SEAT", "seat, desk, cubicle"),
    PLC("PLC", "place type"),
    PCN("PCN", "postal community name"),
    POBOX("POBOX", "post office box"),
    ADDCODE("ADDCODE", "additional code");

    private static final Map<String, CivicField> BY_ELEMENT =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(f -> f.element, Function.identity()));

    private final String element;
    private final String description;

    CivicField(String element, String description) {
        this.element = element;
        this.description = description;
    }

    /** The XML local name, case as in the RFC ({@code country}, {@code A1}, {@code STS}). */
    public String element() {
        return element;
    }

    /** A short English description for display. */
    public String description() {
        return description;
    }

    /** The field of an XML local name, or null when the RFCs define no such element. */
    public static @Nullable CivicField ofElement(String localName) {
        CivicField field = BY_ELEMENT.get(localName);
        if (field == null && localName.toLowerCase(Locale.ROOT).equals("country")) {
            return COUNTRY;
        }
        return field;
    }
}
