package org.amparo.core.transparency;

/** The events the transparency report counts. None of them carries personal data. */
public enum StatisticKind {
    AUTHORIZATION_REQUESTED,
    AUTHORIZATION_APPROVED,
    AUTHORIZATION_REJECTED,
    URGENT_USE,
    MATCH,
    MATCH_CONFIRMED,
    MATCH_REJECTED,
    ALERT,
    DELETION
}
