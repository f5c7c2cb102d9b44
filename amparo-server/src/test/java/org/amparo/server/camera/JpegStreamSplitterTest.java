package org.amparo.server.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JpegStreamSplitterTest {
    /** A structurally complete JPEG: SOI, APP0, an APP1 holding a whole embedded thumbnail, SOS, data, EOI. */
    static byte[] jpeg(int seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        segment(out, 0xE0, new byte[] {'J', 'F', 'I', 'F', 0, 1, 2, 0, 0, 1, 0, 1, 0, 0});
        // an embedded thumbnail: its own FFD8..FFD9 must not end the outer image
        segment(out, 0xE1, new byte[] {
            'E', 'x', 'i', 'f', 0, 0, (byte) 0xFF, (byte) 0xD8, 1, 2, (byte) 0xFF, (byte) 0xD9
        });
        segment(out, 0xDA, new byte[] {1, 1, 0, 0, 63, 0});
        for (int i = 0; i < 100; i++) {
            out.write((seed * 31 + i) & 0x7F);
        }
        out.writeBytes(new byte[] {(byte) 0xFF, 0x00, 5, (byte) 0xFF, (byte) 0xD3, 6, (byte) seed});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        int length = payload.length + 2;
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length});
        out.writeBytes(payload);
    }

    @Test
    void framesSplitAcrossReadsWithGarbageBetweenComeOutWholeAndTheTruncatedLastIsHeldBack() {
        byte[] a = jpeg(1);
        byte[] b = jpeg(2);
        byte[] c = jpeg(3);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes("garbage\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        stream.writeBytes(a);
        stream.writeBytes(new byte[] {0x00, (byte) 0xFF, 0x12, (byte) 0xFF});
        stream.writeBytes(b);
        stream.writeBytes(
                "--boundary\r\nContent-Type: image/jpeg\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        stream.writeBytes(c);
        stream.writeBytes(Arrays.copyOf(jpeg(4), 60)); // truncated last frame
        byte[] all = stream.toByteArray();

        for (int chunk : new int[] {1, 3, 7, 64, all.length}) {
            List<byte[]> frames = new ArrayList<>();
            JpegStreamSplitter splitter = new JpegStreamSplitter(10_000, frames::add);
            for (int at = 0; at < all.length; at += chunk) {
                splitter.feed(all, at, Math.min(chunk, all.length - at));
            }
            assertThat(frames).as("chunk " + chunk).hasSize(3);
            assertThat(frames.get(0)).isEqualTo(a);
            assertThat(frames.get(1)).isEqualTo(b);
            assertThat(frames.get(2)).isEqualTo(c);
            assertThat(splitter.inFrame())
                    .as("the truncated frame is pending, never handed on")
                    .isTrue();
            assertThat(splitter.frames()).isEqualTo(3);
        }
    }

    @Test
    void aFrameOverTheLimitOrWithABrokenHeaderIsDroppedAndTheNextOneFound() throws IOException {
        byte[] big = jpeg(7);
        byte[] ok = jpeg(8);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, 0x12, 0x34}); // no marker after SOI
        stream.writeBytes(big);
        stream.writeBytes(ok);
        List<byte[]> frames = new ArrayList<>();
        JpegStreamSplitter splitter = new JpegStreamSplitter(big.length - 1, frames::add);
        // the first broken header; the "big" frame is too long for the limit, but ok is just as long, so use readAll
        long count = splitter.readAll(new ByteArrayInputStream(stream.toByteArray()));
        assertThat(count).isZero();
        assertThat(splitter.brokenFrames()).isEqualTo(3);

        List<byte[]> second = new ArrayList<>();
        JpegStreamSplitter roomy = new JpegStreamSplitter(big.length, second::add);
        roomy.readAll(new ByteArrayInputStream(stream.toByteArray()));
        assertThat(second).hasSize(2);
        assertThat(second.get(1)).isEqualTo(ok);
        assertThat(roomy.brokenFrames()).isEqualTo(1);
        assertThat(roomy.inFrame()).isFalse();
        assertThat(frames).isEmpty();
    }
}
