package org.amparo.core.face;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.core.testing.FakePhotoAnalyzer;

/** A probe with the fake analyzer's template of a person, counting how often its crop was encoded. */
final class CountingProbe implements Probe {
    private final String person;
    private final int variant;
    private final AtomicInteger cropRequests = new AtomicInteger();

    CountingProbe(String person, int variant) {
        this.person = person;
        this.variant = variant;
    }

    @Override
    public FaceTemplate template() {
        return FakePhotoAnalyzer.template(person, variant);
    }

    @Override
    public byte[] evidenceCrop() {
        cropRequests.incrementAndGet();
        return ("crop of " + person + " " + variant).getBytes(StandardCharsets.UTF_8);
    }

    int cropRequests() {
        return cropRequests.get();
    }
}
