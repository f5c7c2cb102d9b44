package org.amparo.core.legal;

/**
 * Who ordered or allows the processing and on which legal ground.
 *
 * @param issuingAuthority the judicial or independent administrative body
 * @param text the legal basis as free text (articles of law)
 * @param reference the case or file reference number
 */
public record LegalBasis(String issuingAuthority, String text, String reference) {
    public LegalBasis {
        if (issuingAuthority.isBlank() || text.isBlank() || reference.isBlank()) {
            throw new IllegalArgumentException("issuing authority, legal basis and reference are required");
        }
    }
}
