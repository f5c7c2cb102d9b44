package org.amparo.core.geo.track;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import org.amparo.core.geo.rule.Dwell;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.Rule;
import org.amparo.core.geo.rule.WeeklySchedule;
import org.amparo.core.geo.rule.WeeklyWindow;
import org.amparo.core.geo.zone.AreaZone;
import org.amparo.core.geo.zone.CircleZone;
import org.amparo.core.geo.zone.Zone;
import org.jspecify.annotations.Nullable;

/** A golden geofence scenario file, parsed; the format is documented in its folder's README. */
record Scenario(String name, List<String> trace, double accuracyMeters, List<Rule> rules, List<String> expected) {

    static Scenario parse(Path file) throws IOException {
        List<String> trace = List.of();
        double accuracy = 0;
        Map<String, Zone> zones = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] w = line.split("\\s+");
            switch (w[0]) {
                case "trace" -> trace = List.of(w).subList(1, w.length);
                case "accuracy" -> accuracy = Double.parseDouble(w[1]);
                case "zone" -> zones.put(w[1], zone(w));
                case "rule" -> rules.add(rule(w, zones));
                case "expect" -> expected.add(line.substring("expect".length()).strip());
                default -> throw new IllegalArgumentException(file + ": unknown line " + line);
            }
        }
        return new Scenario(file.getFileName().toString(), trace, accuracy, rules, expected);
    }

    private static Zone zone(String[] w) {
        return switch (w[2]) {
            case "circle" ->
                new CircleZone(
                        w[1],
                        new GeoPoint(Double.parseDouble(w[3]), Double.parseDouble(w[4])),
                        Double.parseDouble(w[5]));
            case "polygon" -> {
                List<GeoPoint> ring = new ArrayList<>();
                for (int i = 3; i + 1 < w.length; i += 2) {
                    ring.add(new GeoPoint(Double.parseDouble(w[i]), Double.parseDouble(w[i + 1])));
                }
                yield new AreaZone(w[1], GeoArea.of(new GeoPolygon(List.of(ring))));
            }
            default -> throw new IllegalArgumentException("unknown zone shape " + w[2]);
        };
    }

    private static Rule rule(String[] w, Map<String, Zone> zones) {
        Map<String, String> p = new HashMap<>();
        p.put("gap", "PT0S");
        p.put("threshold", "0");
        p.put("zones", "");
        p.put("place", "");
        for (int i = 3; i < w.length; i++) {
            String[] kv = w[i].split("=", 2);
            p.put(kv[0], kv[1]);
        }
        Hysteresis hysteresis = new Hysteresis(
                Double.parseDouble(p.getOrDefault("margin", "0")),
                new Dwell(
                        Duration.parse(p.getOrDefault("dwell", "PT0S")),
                        Integer.parseInt(p.getOrDefault("fixes", "1"))));
        String id = w[1];
        return switch (w[2]) {
            case "stay-within" -> new Rule.StayWithin(id, zones(p, zones), hysteresis, schedule(p));
            case "stay-out" -> new Rule.StayOut(id, zones(p, zones), hysteresis);
            case "curfew" ->
                new Rule.Curfew(
                        id,
                        Objects.requireNonNull(zones.get(p.get("place"))),
                        Objects.requireNonNull(schedule(p)),
                        hysteresis);
            case "silence" -> new Rule.Silence(id, Duration.parse(Objects.requireNonNull(p.get("gap"))));
            case "low-battery" ->
                new Rule.LowBattery(id, Double.parseDouble(Objects.requireNonNull(p.get("threshold"))));
            default -> throw new IllegalArgumentException("unknown rule kind " + w[2]);
        };
    }

    private static List<Zone> zones(Map<String, String> p, Map<String, Zone> zones) {
        List<Zone> found = new ArrayList<>();
        for (String id : Objects.requireNonNull(p.get("zones")).split(",")) {
            found.add(Objects.requireNonNull(zones.get(id), id));
        }
        return found;
    }

    /** {@code window=Zone/Id,MON-FRI,22:00-06:00}; absent: null. */
    private static @Nullable WeeklySchedule schedule(Map<String, String> p) {
        String window = p.get("window");
        if (window == null) {
            return null;
        }
        String[] parts = window.split(",");
        String[] days = parts[1].split("-");
        String[] times = parts[2].split("-");
        return new WeeklySchedule(
                ZoneId.of(parts[0]),
                List.of(new WeeklyWindow(
                        EnumSet.range(day(days[0]), day(days[days.length - 1])),
                        LocalTime.parse(times[0]),
                        LocalTime.parse(times[1]))));
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown day " + abbreviation);
    }
}
