package org.amparo.core.face;

/**
 * Turns an uploaded enrolment photo (encoded JPEG or PNG) into a template, or says why it cannot.
 * Implemented by the face module's detector and embedder. Keeps nothing. Thread-safe.
 */
@FunctionalInterface
public interface PhotoAnalyzer {
    PhotoCheck check(byte[] encodedPhoto);
}
