/** Users, roles and the acting person. */
@NullMarked
package org.amparo.core.access;

import org.jspecify.annotations.NullMarked;
