/** Registered phones, trackers and agency units, and their lawful binding to subjects. */
@NullMarked
package org.amparo.core.device;

import org.jspecify.annotations.NullMarked;
