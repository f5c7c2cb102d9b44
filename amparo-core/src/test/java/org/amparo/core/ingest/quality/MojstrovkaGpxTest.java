package org.amparo.core.ingest.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.ingest.SharedTestData;
import org.amparo.core.testing.FakeClock;
import org.junit.jupiter.api.Test;

/**
 * Every point of {@code traces/gpx/Mojstrovka.gpx} is stamped 1901-12-13T20:45:52Z (a 32-bit clock
 * underflow; one point even carries a different fraction): the filter drops them all as implausibly old,
 * whatever the maximum age.
 */
class MojstrovkaGpxTest {

    @Test
    void the1901TimestampsAreDroppedAsImplausiblyOld() throws Exception {
        List<DeviceFix> fixes = read(SharedTestData.require("traces/gpx/Mojstrovka.gpx"));
        assertThat(fixes).hasSize(184);
        assertThat(fixes).allSatisfy(f -> assertThat(f.at())
                .isBetween(Instant.parse("1901-12-13T20:45:52Z"), Instant.parse("1901-12-13T20:45:53Z")));

        FakeClock clock = new FakeClock(Instant.parse("2010-12-14T06:17:04Z"));
        FixFilterConfig noAgeLimit = new FixFilterConfig(
                Duration.ofMinutes(5),
                Duration.ofDays(365 * 200),
                FixFilterConfig.DEFAULTS.earliestPlausible(),
                FixFilterConfig.DEFAULTS.maxSpeedMetersPerSecond(),
                FixFilterConfig.DEFAULTS.maxAccuracyMeters(),
                64,
                10);
        for (FixFilterConfig config : List.of(FixFilterConfig.DEFAULTS, noAgeLimit)) {
            FixFilter filter = new FixFilter(clock, config);
            for (DeviceFix fix : fixes) {
                assertThat(filter.check(fix))
                        .isInstanceOfSatisfying(FilterVerdict.Dropped.class, d -> assertThat(d.reason())
                                .isEqualTo(DropReason.IMPLAUSIBLY_OLD));
            }
        }
    }

    /** A tiny GPX reader: {@code trkpt} latitude, longitude and time, nothing else. */
    private static List<DeviceFix> read(Path gpx) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<DeviceFix> fixes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(gpx)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            GeoPoint point = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("trkpt")) {
                    point = new GeoPoint(
                            Double.parseDouble(xml.getAttributeValue(null, "lat")),
                            Double.parseDouble(xml.getAttributeValue(null, "lon")));
                } else if (xml.getLocalName().equals("time") && point != null) {
                    Instant at = Instant.parse(xml.getElementText().strip());
                    fixes.add(new DeviceFix("mojstrovka", at, point, FixReadings.NONE, FixSource.REST_BATCH));
                    point = null;
                }
            }
        }
        return fixes;
    }
}
