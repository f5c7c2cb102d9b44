/**
 * Glue between the face pipeline and the core's lawful face identification: enrolment photos to
 * templates, camera frames to probes matched in a session. Nothing here keeps a face.
 */
@NullMarked
package org.amparo.face.matching;

import org.jspecify.annotations.NullMarked;
