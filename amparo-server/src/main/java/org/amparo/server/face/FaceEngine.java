package org.amparo.server.face;

import java.time.Instant;
import java.util.Optional;
import org.amparo.core.face.FrameReport;
import org.amparo.core.face.MatchingSession;
import org.amparo.core.face.PhotoAnalyzer;
import org.amparo.core.face.PhotoCheck;
import org.amparo.face.matching.CameraFrameMatcher;
import org.amparo.face.matching.PipelinePhotoAnalyzer;
import org.amparo.face.pipeline.FacePipeline;
import org.jspecify.annotations.Nullable;

/**
 * The one {@link FacePipeline} of the server, shared by enrolment and every camera (it is
 * thread-safe), opened on first use so that a server that never sees a face never loads the models.
 * Keeps nothing about the images it analyses. Thread-safe; {@link #close()} once at shutdown.
 */
public final class FaceEngine implements PhotoAnalyzer, AutoCloseable {
    private @Nullable FacePipeline pipeline;
    private boolean closed;

    /** Checks an enrolment photo: its template, or the reasons it is unusable. */
    @Override
    public PhotoCheck check(byte[] encodedPhoto) {
        return new PipelinePhotoAnalyzer(pipeline()).check(encodedPhoto);
    }

    /** Matches one encoded frame in a camera's session; empty when the bytes are not a readable image. */
    public Optional<FrameReport> match(MatchingSession session, Instant capturedAt, byte[] encodedFrame) {
        return new CameraFrameMatcher(pipeline()).match(session, capturedAt, encodedFrame);
    }

    private synchronized FacePipeline pipeline() {
        if (closed) {
            throw new IllegalStateException("the face engine is closed");
        }
        FacePipeline open = pipeline;
        if (open == null) {
            open = FacePipeline.open();
            pipeline = open;
        }
        return open;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (pipeline != null) {
            pipeline.close();
            pipeline = null;
        }
    }
}
