/** JDBC store of alerts and the eraser of what monitoring produced under an authorization. */
@NullMarked
package org.amparo.store.alert;

import org.jspecify.annotations.NullMarked;
