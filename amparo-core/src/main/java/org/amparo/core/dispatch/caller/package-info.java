/**
 * Emergency caller location (charter sections 4 to 6): handset locations decoded from AML SMS, AML HTTPS, PIDF-LO and
 * HELD are stored, matched to the open incident called from the same number within a time window, and shown as
 * supplementary to the incident's own location, which only a person can replace. Malformed messages are kept, bounded,
 * in a dead-letter list with their reason; everything here is personal data with a short retention.
 */
@NullMarked
package org.amparo.core.dispatch.caller;

import org.jspecify.annotations.NullMarked;
