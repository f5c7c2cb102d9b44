package org.amparo.server.jobs;

import org.amparo.core.face.GalleryMaintainer;
import org.amparo.server.config.FaceConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.face.CameraSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the face gallery at its interval (an urgent use whose deadline passed leaves it without
 * an event) and ends idle camera sessions. A failed run is logged; the next run tries again.
 */
@Component
public class FaceJobs {
    private static final Logger LOG = LoggerFactory.getLogger(FaceJobs.class);

    private final GalleryMaintainer gallery;
    private final CameraSessions sessions;
    private final Settings settings;
    private final TaskScheduler scheduler;

    public FaceJobs(GalleryMaintainer gallery, CameraSessions sessions, Settings settings, TaskScheduler scheduler) {
        this.gallery = gallery;
        this.sessions = sessions;
        this.settings = settings;
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::refresh, settings.get(FaceConfig.GALLERY_REFRESH_INTERVAL));
        java.time.Duration idle = settings.get(FaceConfig.SESSION_IDLE);
        scheduler.scheduleWithFixedDelay(this::closeIdle, idle.dividedBy(2));
    }

    void refresh() {
        try {
            gallery.refresh();
        } catch (RuntimeException e) {
            LOG.error("face gallery rebuild failed; retrying at the next interval", e);
        }
    }

    void closeIdle() {
        try {
            int closed = sessions.closeIdle();
            if (closed > 0) {
                LOG.info("ended {} idle camera matching sessions", closed);
            }
        } catch (RuntimeException e) {
            LOG.error("ending idle camera sessions failed; retrying at the next interval", e);
        }
    }
}
