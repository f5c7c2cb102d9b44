package org.amparo.server.web;

import org.amparo.core.alert.AlertService;
import org.amparo.core.camera.CameraService;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.face.FaceMatchService;
import org.amparo.server.dispatch.ProvinceDirectory;
import org.springframework.stereotype.Component;

/**
 * The core services the unified queue lists from, each of which checks the roles and audits the read, and the
 * province directory that places an alert's position.
 */
@Component
public record AlertQueueSources(
        AlertService alerts,
        FaceMatchService matches,
        DispatchService dispatch,
        CameraService cameras,
        ProvinceDirectory provinces) {}
