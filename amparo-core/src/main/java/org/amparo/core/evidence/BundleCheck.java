package org.amparo.core.evidence;

import java.util.List;

/** The result of checking an export bundle: intact and signed by the trusted key, or broken and why. */
public sealed interface BundleCheck {

    /** The manifest's signature verifies under the trusted key and every listed file has its hash. */
    record Verified(List<String> files) implements BundleCheck {
        public Verified {
            files = List.copyOf(files);
        }
    }

    /** Something does not verify; the reason names what. */
    record Broken(String reason) implements BundleCheck {}
}
