package org.amparo.server.camera;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Splits a stream of concatenated JPEG images (what {@code ffmpeg -f image2pipe -vcodec mjpeg} writes) into whole
 * images. It follows the JPEG marker structure rather than searching for the first end-of-image marker, so an
 * embedded thumbnail inside an APP segment does not end the frame: from start of image ({@code FFD8}) it skips
 * marker segments by their length up to a start of scan, then reads entropy-coded data (where {@code FF00} is a
 * stuffed byte and {@code FFD0..FFD7} restart markers) up to end of image ({@code FFD9}). Bytes outside an image
 * are skipped and counted; an image longer than the limit or with a broken header is dropped and the splitter
 * looks for the next start of image; a truncated last image is never handed on. Not thread-safe: one reader.
 */
public final class JpegStreamSplitter {
    private enum State {
        SEEK_SOI_FF,
        SEEK_SOI_D8,
        MARKER_FF,
        MARKER_CODE,
        LENGTH_HIGH,
        LENGTH_LOW,
        SEGMENT,
        ENTROPY,
        ENTROPY_FF
    }

    private final int maxFrameBytes;
    private final Consumer<byte[]> sink;
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream(64 * 1024);
    private State state = State.SEEK_SOI_FF;
    private int marker;
    private int remaining;
    private long frames;
    private long skippedBytes;
    private long brokenFrames;

    /**
     * @param maxFrameBytes the longest image handed on; longer ones are dropped
     * @param sink receives each whole image, on the caller's thread
     */
    public JpegStreamSplitter(int maxFrameBytes, Consumer<byte[]> sink) {
        if (maxFrameBytes < 4) {
            throw new IllegalArgumentException("maxFrameBytes must be at least 4");
        }
        this.maxFrameBytes = maxFrameBytes;
        this.sink = sink;
    }

    /** Reads {@code in} to its end, handing on every whole image; returns how many. */
    public long readAll(InputStream in) throws IOException {
        long before = frames;
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            feed(buffer, 0, n);
        }
        return frames - before;
    }

    /** Feeds the next bytes of the stream. */
    public void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            step(bytes[i] & 0xFF);
        }
    }

    private void step(int b) {
        if (inFrame() && frame.size() >= maxFrameBytes) {
            broken();
            return;
        }
        switch (state) {
            case SEEK_SOI_FF -> {
                if (b == 0xFF) {
                    state = State.SEEK_SOI_D8;
                } else {
                    skippedBytes++;
                }
            }
            case SEEK_SOI_D8 -> {
                if (b == 0xD8) {
                    frame.reset();
                    frame.write(0xFF);
                    frame.write(0xD8);
                    state = State.MARKER_FF;
                } else if (b != 0xFF) {
                    skippedBytes += 2;
                    state = State.SEEK_SOI_FF;
                } else {
                    skippedBytes++;
                }
            }
            case MARKER_FF -> {
                if (b == 0xFF) {
                    append(b);
                    state = State.MARKER_CODE;
                } else {
                    broken();
                }
            }
            case MARKER_CODE -> {
                if (b == 0xFF) {
                    append(b); // fill byte before a marker
                } else if (b == 0xD9) {
                    append(b);
                    complete();
                } else if (b == 0x00 || b == 0xD8) {
                    broken();
                } else if (b == 0x01 || (b >= 0xD0 && b <= 0xD7)) {
                    append(b); // markers without a length
                    state = State.MARKER_FF;
                } else {
                    append(b);
                    marker = b;
                    state = State.LENGTH_HIGH;
                }
            }
            case LENGTH_HIGH -> {
                append(b);
                remaining = b << 8;
                state = State.LENGTH_LOW;
            }
            case LENGTH_LOW -> {
                append(b);
                remaining |= b;
                if (remaining < 2) {
                    broken();
                    return;
                }
                remaining -= 2;
                state = remaining > 0 ? State.SEGMENT : afterSegment();
            }
            case SEGMENT -> {
                append(b);
                if (--remaining == 0) {
                    state = afterSegment();
                }
            }
            case ENTROPY -> {
                append(b);
                if (b == 0xFF) {
                    state = State.ENTROPY_FF;
                }
            }
            case ENTROPY_FF -> {
                append(b);
                if (b == 0xD9) {
                    complete();
                } else if (b == 0x00 || (b >= 0xD0 && b <= 0xD7)) {
                    state = State.ENTROPY;
                } else if (b == 0xFF) {
                    state = State.ENTROPY_FF;
                } else if (b == 0xD8) {
                    broken();
                } else {
                    marker = b; // another segment between scans (progressive images)
                    state = State.LENGTH_HIGH;
                }
            }
        }
    }

    private State afterSegment() {
        return marker == 0xDA ? State.ENTROPY : State.MARKER_FF;
    }

    private void append(int b) {
        frame.write(b);
    }

    private void complete() {
        byte[] image = frame.toByteArray();
        frame.reset();
        state = State.SEEK_SOI_FF;
        frames++;
        sink.accept(image);
    }

    private void broken() {
        brokenFrames++;
        skippedBytes += frame.size();
        frame.reset();
        state = State.SEEK_SOI_FF;
    }

    /** Whole images handed on so far. */
    public long frames() {
        return frames;
    }

    /** Images dropped for a broken structure or for being longer than the limit. */
    public long brokenFrames() {
        return brokenFrames;
    }

    /** Bytes skipped outside images or in dropped ones. */
    public long skippedBytes() {
        return skippedBytes;
    }

    /** Whether an image has begun and not yet ended (a truncated last image, at the end of the stream). */
    public boolean inFrame() {
        return state != State.SEEK_SOI_FF && state != State.SEEK_SOI_D8;
    }
}
