package org.amparo.core.dispatch;

/** What kind of emergency an incident is, as the call-taker classifies it. */
public enum IncidentType {
    POLICE,
    MEDICAL,
    FIRE,
    TRAFFIC,
    RESCUE,
    OTHER
}
