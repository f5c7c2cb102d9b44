/** JDBC store of devices and their bindings. */
@NullMarked
package org.amparo.store.device;

import org.jspecify.annotations.NullMarked;
