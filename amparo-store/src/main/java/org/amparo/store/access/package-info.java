/** JDBC store of users and their API tokens. */
@NullMarked
package org.amparo.store.access;

import org.jspecify.annotations.NullMarked;
