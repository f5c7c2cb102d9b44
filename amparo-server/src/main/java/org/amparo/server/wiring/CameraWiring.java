package org.amparo.server.wiring;

import java.time.Clock;
import java.time.Duration;
import org.amparo.core.camera.CameraStore;
import org.amparo.core.engine.Outcome;
import org.amparo.core.engine.Transactions;
import org.amparo.core.face.FaceSettings;
import org.amparo.core.face.FrameReport;
import org.amparo.server.camera.CameraAuthenticator;
import org.amparo.server.camera.CameraPullers;
import org.amparo.server.camera.FrameSink;
import org.amparo.server.camera.PullSettings;
import org.amparo.server.config.CameraConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.events.FaceMatchEvents;
import org.amparo.server.face.CameraSessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires camera frame ingest beyond administrator uploads: cameras' own upload tokens and the pullers of cameras
 * with a source URL, whose frames take the same matching path as uploads (the camera's session, live events).
 */
@Configuration(proxyBeanMethods = false)
public class CameraWiring {
    /** How often the pullers are brought in step with the registry besides after every registration. */
    static final Duration SYNC_INTERVAL = Duration.ofSeconds(15);

    @Bean
    CameraAuthenticator cameraAuthenticator(CameraStore cameras, Transactions tx) {
        return new CameraAuthenticator(cameras, tx);
    }

    @Bean
    FrameSink pulledFrameSink(CameraSessions sessions, FaceMatchEvents events) {
        return (camera, jpeg) -> {
            Outcome<FrameReport> outcome = sessions.frame(CameraAuthenticator.actor(camera), camera, jpeg);
            return switch (outcome) {
                case Outcome.Done<FrameReport>(FrameReport report) -> {
                    events.created(report.created());
                    yield new Outcome.Done<>(report.matches());
                }
                case Outcome.NotFound<FrameReport> n -> new Outcome.NotFound<>(n.what());
                case Outcome.Conflict<FrameReport> c -> new Outcome.Conflict<>(c.reason());
                case Outcome.Forbidden<FrameReport> f -> new Outcome.Forbidden<>(f.reason());
                case Outcome.Invalid<FrameReport> i -> new Outcome.Invalid<>(i.violations());
            };
        };
    }

    @Bean(destroyMethod = "close")
    CameraPullers cameraPullers(Transactions tx, CameraStore cameras, FrameSink sink, Clock clock, Settings settings) {
        PullSettings pull = new PullSettings(
                settings.get(CameraConfig.PULL),
                settings.get(CameraConfig.FFMPEG),
                settings.get(CameraConfig.PULL_FPS),
                settings.get(CameraConfig.QUEUE_SIZE),
                FaceSettings.defaults().maxPhotoBytes(),
                Duration.ofSeconds(1),
                Duration.ofMinutes(1),
                Duration.ofSeconds(15));
        CameraPullers pullers = new CameraPullers(tx, cameras, sink, clock, pull);
        pullers.start(SYNC_INTERVAL);
        return pullers;
    }
}
