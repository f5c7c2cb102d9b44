package org.amparo.bench.geofence;

import java.util.List;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The peer's zones: each polygon (degrees, x longitude) prepared, and an STRtree over their envelopes
 * whose items are the zone indexes. Built once per trial; thread-safe afterwards (the tree is built in
 * the constructor, and JTS prepared geometries are thread-safe).
 */
final class JtsZoneTree {
    final PreparedGeometry[] prepared;
    final STRtree tree = new STRtree();

    JtsZoneTree(List<Polygon> shapes) {
        prepared = new PreparedGeometry[shapes.size()];
        for (int z = 0; z < prepared.length; z++) {
            prepared[z] = PreparedGeometryFactory.prepare(shapes.get(z));
            tree.insert(shapes.get(z).getEnvelopeInternal(), z);
        }
        tree.build();
    }
}
