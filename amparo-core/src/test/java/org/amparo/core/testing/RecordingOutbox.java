package org.amparo.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amparo.core.alert.AlertNotice;
import org.amparo.core.alert.AlertOutbox;
import org.amparo.core.alert.ProtectedPersonNotice;
import org.amparo.core.monitoring.ProtectedChannel;

/** An {@link AlertOutbox} that keeps what was queued, in order. Thread-safe. */
public final class RecordingOutbox implements AlertOutbox {
    /** A protected person's notice and where it was to go. */
    public record ProtectedDelivery(ProtectedChannel channel, ProtectedPersonNotice notice) {}

    public final List<AlertNotice> notices = new CopyOnWriteArrayList<>();
    public final List<ProtectedDelivery> protectedNotices = new CopyOnWriteArrayList<>();

    @Override
    public void enqueue(AlertNotice notice) {
        notices.add(notice);
    }

    @Override
    public void notifyProtected(ProtectedChannel channel, ProtectedPersonNotice notice) {
        protectedNotices.add(new ProtectedDelivery(channel, notice));
    }
}
