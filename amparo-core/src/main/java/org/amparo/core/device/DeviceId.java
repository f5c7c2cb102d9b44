package org.amparo.core.device;

import java.util.UUID;

/** Identifier of a registered {@link Device} (not the hardware identifier the device reports). */
public record DeviceId(UUID value) {
    public static DeviceId parse(String text) {
        return new DeviceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
