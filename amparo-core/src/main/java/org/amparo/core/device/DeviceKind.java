package org.amparo.core.device;

/** What a device is. Agency units belong to the agency and need no authorization. */
public enum DeviceKind {
    /** A person's phone running a tracking client (Traccar Client, OwnTracks). */
    PHONE,
    /** A dedicated GPS tracker, e.g. an electronic-monitoring ankle device. */
    TRACKER,
    /** A vehicle or team of the agency: patrol car, ambulance, fire engine. */
    AGENCY_UNIT,
    /**
     * The stand-in of one camera and one subject under which confirmed face sightings join the
     * subject's track. Created by Amparo, never registered through the API, always disabled (it
     * reports nothing itself).
     */
    CAMERA;

    public boolean needsAuthorization() {
        return this != AGENCY_UNIT;
    }
}
