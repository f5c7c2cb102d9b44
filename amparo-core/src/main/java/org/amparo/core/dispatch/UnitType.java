package org.amparo.core.dispatch;

/**
 * The kind of an emergency unit, with the typical road speed the default ranking assumes for it. The speeds are
 * deliberately plain averages over a mixed urban trip (junctions, traffic, lights and sirens included), not top
 * speeds: with great-circle distance they give an ETA good enough to order nearby units, not to promise an arrival
 * time.
 */
public enum UnitType {
    /** A patrol car: 45 km/h. */
    POLICE_CAR(45),
    /** An ambulance: 40 km/h. */
    AMBULANCE(40),
    /** A fire engine, heavier and slower in traffic: 35 km/h. */
    FIRE_ENGINE(35),
    /** A rescue team's vehicle, usually a heavy truck: 35 km/h. */
    RESCUE_TEAM(35);

    private final int typicalSpeedKmh;

    UnitType(int typicalSpeedKmh) {
        this.typicalSpeedKmh = typicalSpeedKmh;
    }

    /** Typical average road speed, km/h. */
    public int typicalSpeedKmh() {
        return typicalSpeedKmh;
    }

    /** Typical average road speed, m/s. */
    public double typicalSpeedMetersPerSecond() {
        return typicalSpeedKmh / 3.6;
    }
}
