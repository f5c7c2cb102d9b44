package org.amparo.server.bootstrap;

import java.time.Duration;
import java.util.List;
import org.amparo.core.access.Actor;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.device.DeviceService;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.rule.Dwell;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.RuleKind;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.Subject;
import org.amparo.core.monitoring.MonitoringService;
import org.amparo.core.monitoring.NewMonitoringOrder;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.monitoring.ZoneDefinition;
import org.amparo.core.monitoring.ZoneShape;
import org.amparo.server.security.ApiTokens;
import org.springframework.stereotype.Component;

/** Creates the demo home-detention order through the real device and monitoring services. */
@Component
public class DemoMonitoring {
    private final DeviceService devices;
    private final MonitoringService monitoring;

    public DemoMonitoring(DeviceService devices, MonitoringService monitoring) {
        this.devices = devices;
        this.monitoring = monitoring;
    }

    void homeDetention(Actor investigator, Subject subject, Authorization authorization, GeoPoint home) {
        Device tracker = devices.register(
                        investigator,
                        DemoData.TRACKER_ID,
                        DeviceKind.TRACKER,
                        "DEMO ankle tracker",
                        ApiTokens.sha256(DemoData.TRACKER_SECRET))
                .orElseThrow();
        devices.bind(investigator, tracker.id(), subject.id(), authorization.id())
                .orElseThrow();
        ZoneDefinition zone = monitoring
                .createZone(investigator, "DEMO home (300 m)", new ZoneShape.Circle(home, 300))
                .orElseThrow();
        Hysteresis hysteresis = new Hysteresis(20, Dwell.fixes(2));
        RuleSpec stayHome =
                new RuleSpec("r1", RuleKind.STAY_WITHIN, List.of(zone.id()), null, null, null, null, hysteresis, null);
        RuleSpec silence = new RuleSpec(
                "r2", RuleKind.SILENCE, List.of(), null, null, Duration.ofHours(6), null, Hysteresis.NONE, null);
        monitoring
                .create(
                        investigator,
                        new NewMonitoringOrder(
                                authorization.id(), subject.id(), tracker.id(), List.of(stayHome, silence)))
                .orElseThrow();
    }
}
