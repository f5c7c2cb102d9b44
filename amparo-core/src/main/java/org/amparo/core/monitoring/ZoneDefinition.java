package org.amparo.core.monitoring;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.geo.zone.Zone;

/**
 * A zone as investigators define it ("Home", "Exclusion: school"), before any order uses it. A zone
 * alone names nobody; the order that uses it names the subject and the authorization. Immutable.
 *
 * @param id identifier
 * @param name a short label, 1..{@value #MAX_NAME} characters
 * @param shape circle or polygons
 * @param createdBy who defined it
 * @param createdAt when
 */
public record ZoneDefinition(ZoneDefId id, String name, ZoneShape shape, String createdBy, Instant createdAt) {
    /** Longest accepted name. */
    public static final int MAX_NAME = 200;

    public ZoneDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shape, "shape");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("zone name must have 1.." + MAX_NAME + " characters");
        }
    }

    /** The engine zone, identified by this definition's id. */
    public Zone toZone() {
        return shape.toZone(id.toString());
    }
}
