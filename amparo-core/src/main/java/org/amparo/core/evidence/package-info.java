/**
 * Evidence of identification: encrypted blobs with their SHA-256 (AES-GCM at rest), and the signed
 * export bundle for a court (CHARTER section 6).
 */
@NullMarked
package org.amparo.core.evidence;

import org.jspecify.annotations.NullMarked;
