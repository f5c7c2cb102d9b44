package org.amparo.server.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FrameQueueTest {
    @Test
    void whenFullTheOldestIsDroppedAndCounted() throws InterruptedException {
        FrameQueue<Integer> queue = new FrameQueue<>(3);
        for (int i = 1; i <= 3; i++) {
            assertThat(queue.offer(i)).isFalse();
        }
        assertThat(queue.offer(4)).isTrue();
        assertThat(queue.offer(5)).isTrue();
        assertThat(queue.dropped()).isEqualTo(2);
        assertThat(queue.offered()).isEqualTo(5);
        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.poll(0, TimeUnit.MILLISECONDS)).isEqualTo(3);
        assertThat(queue.poll(0, TimeUnit.MILLISECONDS)).isEqualTo(4);
        assertThat(queue.poll(0, TimeUnit.MILLISECONDS)).isEqualTo(5);
        assertThat(queue.poll(10, TimeUnit.MILLISECONDS)).isNull();
        assertThat(queue.dropped()).isEqualTo(2);
    }

    @Test
    void aWaitingTakerGetsTheNextItem() throws Exception {
        FrameQueue<String> queue = new FrameQueue<>(1);
        Thread producer = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            queue.offer("frame");
        });
        assertThat(queue.poll(5, TimeUnit.SECONDS)).isEqualTo("frame");
        producer.join();
    }
}
