/**
 * Emergency dispatch core: incidents, units and their statuses, the incident timeline, ranked unit proposals and
 * the province of an incident's location. Plain Java, no storage or transport. The system only proposes; every
 * dispatch and status change is a person's action, recorded with who and when (charter section 4).
 */
@NullMarked
package org.amparo.core.dispatch;

import org.jspecify.annotations.NullMarked;
