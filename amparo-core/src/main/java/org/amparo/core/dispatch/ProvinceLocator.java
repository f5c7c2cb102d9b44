package org.amparo.core.dispatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the province (administrative area of level 1) a point lies in: an STRtree over the areas' bounding boxes
 * picks the candidates, an exact point-in-polygon test decides. Points on a shared border lie in both areas; the
 * one first by name, then id, is answered, so that the answer does not depend on import order. Built once;
 * immutable and thread-safe afterwards.
 */
public final class ProvinceLocator {
    private static final Comparator<AdminArea> TIE_BREAK =
            Comparator.comparing(AdminArea::name).thenComparing(AdminArea::id);

    private final STRtree tree;
    private final int size;

    /** @param provinces areas of level 1; any other level is refused */
    public ProvinceLocator(Collection<AdminArea> provinces) {
        this.tree = new STRtree(Math.max(2, Math.min(10, provinces.size())));
        for (AdminArea area : provinces) {
            if (area.level() != 1) {
                throw new IllegalArgumentException(
                        "not a province (level 1): " + area.name() + ", level " + area.level());
            }
            tree.insert(envelope(area), area);
        }
        tree.build();
        this.size = provinces.size();
    }

    /** How many provinces the locator knows. */
    public int size() {
        return size;
    }

    /** The province containing {@code point} (boundary included), or empty when it lies outside every one. */
    public Optional<AdminArea> locate(GeoPoint point) {
        List<AdminArea> containing = new ArrayList<>(1);
        tree.query(new Envelope(point.longitude(), point.longitude(), point.latitude(), point.latitude()), item -> {
            AdminArea area = (AdminArea) item;
            if (area.area().contains(point)) {
                containing.add(area);
            }
        });
        return containing.stream().min(TIE_BREAK);
    }

    private static Envelope envelope(AdminArea area) {
        Envelope envelope = new Envelope();
        for (GeoPolygon polygon : area.area().polygons()) {
            for (GeoPoint corner : polygon.rings().getFirst()) {
                envelope.expandToInclude(corner.longitude(), corner.latitude());
            }
        }
        return envelope;
    }
}
