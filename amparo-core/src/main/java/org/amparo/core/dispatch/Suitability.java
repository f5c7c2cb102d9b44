package org.amparo.core.dispatch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which unit types suit which incident type, in tiers of preference: the types of the first set are tier 0, those
 * of the next tier 1, and so on; a type in no set does not suit. Immutable and thread-safe.
 */
public final class Suitability {
    private final Map<IncidentType, Map<UnitType, Integer>> tiers;

    /**
     * @param preferred for each incident type, the tiers of suitable unit types, best tier first; a type may appear
     *     in one tier only
     */
    public Suitability(Map<IncidentType, List<Set<UnitType>>> preferred) {
        EnumMap<IncidentType, Map<UnitType, Integer>> copy = new EnumMap<>(IncidentType.class);
        preferred.forEach((incident, levels) -> {
            EnumMap<UnitType, Integer> byType = new EnumMap<>(UnitType.class);
            for (int tier = 0; tier < levels.size(); tier++) {
                for (UnitType unit : levels.get(tier)) {
                    if (byType.put(unit, tier) != null) {
                        throw new IllegalArgumentException(unit + " appears in two tiers for " + incident);
                    }
                }
            }
            copy.put(incident, byType);
        });
        this.tiers = copy;
    }

    /** Every listed unit type of {@code types} in one tier, for every incident type. */
    public static Suitability allAlike(Set<UnitType> types) {
        EnumMap<IncidentType, List<Set<UnitType>>> all = new EnumMap<>(IncidentType.class);
        for (IncidentType incident : IncidentType.values()) {
            all.put(incident, List.of(types));
        }
        return new Suitability(all);
    }

    /**
     * The defaults: MEDICAL: ambulance, then fire engine (fire crews are trained first responders); FIRE: fire
     * engine; POLICE, TRAFFIC and OTHER: police car; RESCUE: rescue team and fire engine alike.
     */
    public static Suitability defaults() {
        return new Suitability(Map.of(
                IncidentType.MEDICAL, List.of(Set.of(UnitType.AMBULANCE), Set.of(UnitType.FIRE_ENGINE)),
                IncidentType.FIRE, List.of(Set.of(UnitType.FIRE_ENGINE)),
                IncidentType.POLICE, List.of(Set.of(UnitType.POLICE_CAR)),
                IncidentType.TRAFFIC, List.of(Set.of(UnitType.POLICE_CAR)),
                IncidentType.OTHER, List.of(Set.of(UnitType.POLICE_CAR)),
                IncidentType.RESCUE, List.of(Set.of(UnitType.RESCUE_TEAM, UnitType.FIRE_ENGINE))));
    }

    /** The tier of {@code unit} for {@code incident} (0 is best), or empty when it does not suit. */
    public OptionalInt tier(IncidentType incident, UnitType unit) {
        Integer tier = tiers.getOrDefault(incident, Map.of()).get(unit);
        return tier == null ? OptionalInt.empty() : OptionalInt.of(tier);
    }
}
