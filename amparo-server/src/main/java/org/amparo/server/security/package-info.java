/** Users, authentication, and the one table of routes and the roles they require. */
@NullMarked
package org.amparo.server.security;

import org.jspecify.annotations.NullMarked;
