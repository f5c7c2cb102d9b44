/** JDBC stores of subjects, authorizations and notification tasks, and the subject-record purge. */
@NullMarked
package org.amparo.store.legal;

import org.jspecify.annotations.NullMarked;
