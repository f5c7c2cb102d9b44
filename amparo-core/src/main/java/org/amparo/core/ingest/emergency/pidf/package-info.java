/**
 * Decoders of network-provided caller location in XML: PIDF-LO documents (RFC 4119 with the RFC 5491 shapes, RFC
 * 5139 civic addresses, RFC 7459 confidence) and HELD location responses (RFC 5985) that carry PIDF-LO or an error.
 *
 * <p>XML is parsed with the JDK's DOM parser in secure processing mode: a DOCTYPE is refused outright, so that no
 * entity can be declared, expanded or fetched; documents are size-limited before parsing.
 */
@NullMarked
package org.amparo.core.ingest.emergency.pidf;

import org.jspecify.annotations.NullMarked;
