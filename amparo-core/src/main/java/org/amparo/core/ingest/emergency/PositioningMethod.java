package org.amparo.core.ingest.emergency;

/** How a location was determined, normalised across AML codes and PIDF-LO method tokens. */
public enum PositioningMethod {
    /** Satellite positioning (AML {@code G}, HTTPS {@code gps}, PIDF-LO {@code GPS}, {@code A-GPS}, {@code GNSS}). */
    GNSS,
    /** Wi-Fi based positioning (AML {@code W}, HTTPS {@code wifi}). */
    WIFI,
    /** Mobile cell based positioning (AML {@code C}, HTTPS {@code cell}, PIDF-LO {@code Cell}). */
    CELL,
    /** A fusion of several methods (AML {@code F}, PIDF-LO {@code Hybrid}). */
    HYBRID,
    /** Entered by a person (PIDF-LO {@code Manual}). */
    MANUAL,
    /** Taken from the access network's wiring records (PIDF-LO {@code Wiremap}, {@code DHCP}). */
    WIREMAP,
    /** Stated as unknown, absent, or a token this decoder does not know. */
    UNKNOWN
}
