package org.amparo.server.bootstrap;

import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints where to open Amparo once its web server listens, and in demo mode whom to sign in as first: the first
 * thing a newcomer reads on the console.
 */
@Component
public class ReadyBanner {
    private static final Logger LOG = LoggerFactory.getLogger(ReadyBanner.class);

    private final boolean demo;

    public ReadyBanner(Settings settings) {
        this.demo = settings.get(AmparoConfig.DEMO);
    }

    @EventListener
    public void ready(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        if (demo) {
            LOG.warn(
                    "Amparo is ready: open http://localhost:{}/ and sign in (password '{}') as supervisor (live map),"
                            + " operator (alert queue), dispatcher (board), approver or auditor",
                    port,
                    DemoData.PASSWORD);
        } else {
            LOG.info("Amparo is ready: open http://localhost:{}/", port);
        }
    }
}
