package org.amparo.core.face;

/**
 * One face found in a camera frame, held in memory only. The matcher asks for the crop only when the
 * face matched an entry and the policy permitted keeping it; otherwise the probe is dropped unread.
 */
public interface Probe {
    FaceTemplate template();

    /** The encoded crop of the face (JPEG), for evidence. */
    byte[] evidenceCrop();

    /** The crop's media type. */
    default String cropMediaType() {
        return "image/jpeg";
    }
}
