package org.amparo.face.pipeline;

/** Why an image is unfit for enrolment; each carries a sentence for the person uploading it. */
public enum QualityIssue {
    /** The bytes are not a JPEG or PNG that can be decoded. */
    UNREADABLE_IMAGE("the file is not a readable JPEG or PNG image"),
    /** No face was detected. */
    NO_FACE("no face was found in the image"),
    /** More than one face of comparable size: it is not clear whom the photo shows. */
    SEVERAL_FACES("several faces of similar size were found; use a photo of the subject alone"),
    /** The eyes are too close together in pixels for a reliable template. */
    TOO_SMALL("the face is too small; use a photo where the face is larger or of higher resolution"),
    /** The aligned face has too little fine detail (out of focus or motion-blurred). */
    TOO_BLURRED("the face is too blurred; use a sharper photo");

    private final String description;

    QualityIssue(String description) {
        this.description = description;
    }

    /** A sentence explaining the issue to the person uploading the photo. */
    public String description() {
        return description;
    }
}
