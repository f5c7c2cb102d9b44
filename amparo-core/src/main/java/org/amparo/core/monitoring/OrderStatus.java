package org.amparo.core.monitoring;

/** Lifecycle of a monitoring order: active until its authorization ends. */
public enum OrderStatus {
    ACTIVE,
    ENDED
}
