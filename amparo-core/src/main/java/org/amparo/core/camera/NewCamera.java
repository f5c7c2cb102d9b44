package org.amparo.core.camera;

import java.util.ArrayList;
import java.util.List;
import org.amparo.core.engine.Outcome.Violation;
import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator registers; {@link #violations} names every broken rule at once.
 *
 * @param name a human name
 * @param position where the camera stands
 * @param province the province's name
 * @param sourceUrl an http(s) or rtsp URL, or null when frames are uploaded
 */
public record NewCamera(
        String name,
        GeoPoint position,
        String province,
        @Nullable String sourceUrl) {
    /** The rules this registration breaks; empty if none. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (!Camera.validText(name)) {
            found.add(new Violation("name", "a name of 1.." + Camera.MAX_NAME + " characters is required"));
        }
        if (!Camera.validText(province)) {
            found.add(new Violation("province", "a province of 1.." + Camera.MAX_NAME + " characters is required"));
        }
        if (sourceUrl != null && !Camera.validUrl(sourceUrl)) {
            found.add(new Violation("sourceUrl", "an http, https or rtsp URL of at most " + Camera.MAX_URL));
        }
        return found;
    }
}
