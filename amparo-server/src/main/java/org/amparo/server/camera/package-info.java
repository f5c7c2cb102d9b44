/**
 * Camera frame ingest beyond uploads: cameras' own upload tokens, and frames pulled from MJPEG, RTSP and HTTP
 * snapshot sources through an {@code ffmpeg} subprocess, with bounded queues that drop the oldest frame, and
 * per-camera health. Frames live in memory only (CHARTER section 3).
 */
@NullMarked
package org.amparo.server.camera;

import org.jspecify.annotations.NullMarked;
