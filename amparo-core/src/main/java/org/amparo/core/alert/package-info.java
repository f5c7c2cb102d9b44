/** Alerts raised by rules: lifecycle from raised to resolved, acknowledged and escalated by people. */
@NullMarked
package org.amparo.core.alert;

import org.jspecify.annotations.NullMarked;
