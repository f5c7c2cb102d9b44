/**
 * Advanced Mobile Location (ETSI TS 103 625) decoders: the SMS text forms (version 1 and the Android ELS version 2),
 * the data SMS in GSM 7-bit packed form, and the HTTPS form post with its HMAC-SHA1.
 *
 * <p>Behaviour chosen where the sources disagree: a wrong {@code ml} length is accepted and flagged (published
 * handset messages carry one); an unknown version 1 attribute is refused (the version 1 set is closed), while
 * unknown version 2 and HTTPS fields are ignored (both formats grow by adding fields).
 */
@NullMarked
package org.amparo.core.ingest.emergency.aml;

import org.jspecify.annotations.NullMarked;
