package org.amparo.server.web;

import org.amparo.server.events.FaceMatchEvents;
import org.amparo.server.monitoring.GeofenceRuntime;
import org.springframework.stereotype.Component;

/** What the queue's actions announce once done: alert changes through the geofence runtime, verdicts live. */
@Component
public record AlertQueueEffects(GeofenceRuntime runtime, FaceMatchEvents matchEvents) {}
