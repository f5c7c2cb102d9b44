package org.amparo.core.face;

/** What a person decides about a face match. */
public enum VerdictKind {
    CONFIRM,
    REJECT
}
