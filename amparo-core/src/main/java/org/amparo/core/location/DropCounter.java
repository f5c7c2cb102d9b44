package org.amparo.core.location;

import java.util.Map;
import org.amparo.core.device.DeviceId;
import org.jspecify.annotations.Nullable;

/**
 * Counts fixes that were not kept, per device and reason; never their positions (CHARTER section
 * 3). Fixes of unknown devices are counted without the identifier they claimed. Thread-safe.
 */
public interface DropCounter {
    /** Adds {@code n} drops of {@code reason} for {@code device} (null: an unregistered device). */
    void count(@Nullable DeviceId device, String reason, long n);

    /** Totals per device ("unknown" for unregistered ones) and reason. */
    Map<String, Map<String, Long>> totals();
}
