package org.amparo.core.legal;

/** The kinds of personal data an authorization can cover. */
public enum DataKind {
    FACE,
    LOCATION
}
