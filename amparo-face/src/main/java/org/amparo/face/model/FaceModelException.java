package org.amparo.face.model;

/**
 * ONNX Runtime failed to load or run a face model: failed infrastructure, never an expected outcome
 * of an image (a picture without a face is a normal result, not this exception).
 */
public final class FaceModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Wraps the runtime's error with what was being done. */
    public FaceModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
