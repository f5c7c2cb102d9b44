package org.amparo.server.jobs;

import java.util.Map;
import org.amparo.core.legal.AuthorizationService;
import org.amparo.core.retention.DataClass;
import org.amparo.core.retention.RetentionService;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.store.location.JdbcDropCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs the authorization expiry sweep and the retention purge at their configured intervals. A
 * failed run is logged and counted; the next run tries again.
 */
@Component
public class ScheduledJobs implements org.springframework.beans.factory.DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final AuthorizationService authorizations;
    private final RetentionService retention;
    private final Settings settings;
    private final TaskScheduler scheduler;
    private final JdbcDropCounter drops;

    public ScheduledJobs(
            AuthorizationService authorizations,
            RetentionService retention,
            Settings settings,
            TaskScheduler scheduler,
            JdbcDropCounter drops) {
        this.authorizations = authorizations;
        this.retention = retention;
        this.settings = settings;
        this.scheduler = scheduler;
        this.drops = drops;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::endDue, settings.get(AmparoConfig.EXPIRY_CHECK_INTERVAL));
        scheduler.scheduleWithFixedDelay(this::purge, settings.get(AmparoConfig.PURGE_INTERVAL));
        scheduler.scheduleWithFixedDelay(this::flushDrops, java.time.Duration.ofSeconds(5));
    }

    /** Writes the last drop counts when the application stops. */
    @Override
    public void destroy() {
        flushDrops();
    }

    void flushDrops() {
        try {
            drops.flush();
        } catch (RuntimeException e) {
            LOG.error("writing drop counts failed; they stay in memory for the next flush", e);
        }
    }

    void endDue() {
        try {
            int ended = authorizations.endDue();
            if (ended > 0) {
                LOG.info("ended {} authorizations past their window or urgent deadline", ended);
            }
        } catch (RuntimeException e) {
            LOG.error("authorization expiry sweep failed; retrying at the next interval", e);
        }
    }

    void purge() {
        try {
            Map<DataClass, Long> deleted = retention.purge();
            if (deleted.values().stream().anyMatch(n -> n > 0)) {
                LOG.info("retention purge deleted {}", deleted);
            }
        } catch (RuntimeException e) {
            LOG.error("retention purge failed; retrying at the next interval", e);
        }
    }
}
