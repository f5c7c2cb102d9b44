package org.amparo.server.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.location.IngestReport;
import org.amparo.core.location.LocationIngestService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit for single-fix protocols: requests that arrive while a transaction is running wait
 * and are ingested together in the next one, so a thousand phones each sending one fix cost a few
 * commits, not a thousand. Each request is answered only after its fixes committed; a failed
 * transaction fails every request in it, and each device resends. A full queue refuses at once
 * (the device retries later) instead of growing without bound.
 */
@Component
public class IngestBatcher implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(IngestBatcher.class);
    /** Requests waiting at most; beyond, new requests are refused. */
    public static final int QUEUE = 10_000;
    /** Fixes per transaction at most. */
    public static final int MAX_FIXES = 2_000;

    private record Item(List<DeviceFix> fixes, CompletableFuture<IngestReport> done) {}

    private final LocationIngestService ingest;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean running;
    private @Nullable Thread worker;

    public IngestBatcher(LocationIngestService ingest) {
        this.ingest = ingest;
    }

    /** Queues the fixes; the future completes when they are committed (or fails). */
    public CompletableFuture<IngestReport> submit(List<DeviceFix> fixes) {
        CompletableFuture<IngestReport> done = new CompletableFuture<>();
        if (!running || !queue.offer(new Item(fixes, done))) {
            done.completeExceptionally(new IllegalStateException("ingest queue full or stopped"));
        }
        return done;
    }

    private void loop() {
        List<Item> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Item first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int fixes = first.fixes().size();
                Item next;
                while (fixes < MAX_FIXES && (next = queue.poll()) != null) {
                    batch.add(next);
                    fixes += next.fixes().size();
                }
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Item> batch) {
        List<DeviceFix> all = new ArrayList<>();
        batch.forEach(item -> all.addAll(item.fixes()));
        try {
            IngestReport report = ingest.ingest(all);
            batch.forEach(item -> item.done().complete(report));
        } catch (RuntimeException e) {
            LOG.error("storing a group of {} fixes failed; each device will resend", all.size(), e);
            batch.forEach(item -> item.done().completeExceptionally(e));
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        Thread thread = new Thread(this::loop, "amparo-ingest-batcher");
        thread.setDaemon(true);
        thread.start();
        worker = thread;
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the device port and stops after it, so no accepted request is left waiting. */
    @Override
    public int getPhase() {
        return -100;
    }
}
