package org.amparo.core.geo.zone;

/**
 * Where a fix lies relative to a zone, taking its accuracy circle into account.
 *
 * <p>With {@code d} the signed distance in metres from the fix to the zone's boundary (negative
 * inside) and {@code a >= 0} the fix's accuracy radius in metres:
 *
 * <ul>
 *   <li>{@link #INSIDE} iff {@code d <= -a}: the whole accuracy circle lies in the zone (a point on
 *       the boundary with a perfect fix is inside, as {@code GeoArea.contains} says);
 *   <li>{@link #OUTSIDE} iff {@code d > a}: the accuracy circle lies wholly outside;
 *   <li>{@link #UNCERTAIN} iff {@code -a < d <= a}: the accuracy circle straddles the boundary.
 * </ul>
 */
public enum Presence {
    INSIDE,
    OUTSIDE,
    UNCERTAIN;

    /** Classifies a signed distance with the fix's accuracy radius, by the inequalities above. */
    public static Presence classify(double signedDistanceMeters, double accuracyMeters) {
        if (signedDistanceMeters <= -accuracyMeters) {
            return INSIDE;
        }
        return signedDistanceMeters > accuracyMeters ? OUTSIDE : UNCERTAIN;
    }
}
