package org.amparo.server.dispatch;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.amparo.core.dispatch.ProvinceLocator;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.AdminAreaStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * The {@link ProvinceLocator} over the imported provinces (administrative level 1), built on first use and rebuilt
 * after every import ({@link AreasImported}), so that re-imported boundaries take effect without a restart. Without
 * imported provinces every point lies in none. Thread-safe: readers get an immutable locator.
 */
public final class ProvinceDirectory implements Supplier<ProvinceLocator> {
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceDirectory.class);

    private final AdminAreaStore areas;
    private final Transactions tx;
    private final AtomicReference<@Nullable ProvinceLocator> current = new AtomicReference<>();

    public ProvinceDirectory(AdminAreaStore areas, Transactions tx) {
        this.areas = areas;
        this.tx = tx;
    }

    @Override
    public ProvinceLocator get() {
        ProvinceLocator locator = current.get();
        if (locator == null) {
            locator = load();
            current.compareAndSet(null, locator);
        }
        return locator;
    }

    /** Drops the current locator; the next use loads the provinces as they are now. */
    @EventListener
    public void imported(AreasImported event) {
        current.set(null);
        LOG.info(
                "administrative areas imported (level {}, {} areas): provinces reloaded on next use",
                event.level(),
                event.count());
    }

    private ProvinceLocator load() {
        List<AdminArea> provinces = tx.inTransaction(() -> areas.level(1));
        return new ProvinceLocator(provinces);
    }
}
