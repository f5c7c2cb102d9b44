/**
 * Emergency caller location as delivered by the handset or the network: Advanced Mobile Location (ETSI TS 103 625)
 * SMS and HTTPS messages, PIDF-LO documents (RFC 4119, RFC 5491) and HELD location responses (RFC 5985).
 *
 * <p>Every decoder returns a {@link org.amparo.core.ingest.emergency.LocationResult}: a
 * {@link org.amparo.core.ingest.emergency.LocationResult.Located} location, a
 * {@link org.amparo.core.ingest.emergency.LocationResult.NoLocation} ("the handset or server reports it has no
 * location", which is a normal outcome of an emergency call), or an
 * {@link org.amparo.core.ingest.emergency.LocationResult.Invalid} message. Decoders never return null, never throw
 * on hostile input, are stateless and thread-safe.
 *
 * <p>A caller location is supplementary (charter section 4): it is shown beside the call's own location and never
 * replaces it without a person's action. It is personal data: IMEI and IMSI are typed values whose
 * {@code toString} is redacted, and no decoder puts message text into a reason or detail.
 */
@NullMarked
package org.amparo.core.ingest.emergency;

import org.jspecify.annotations.NullMarked;
