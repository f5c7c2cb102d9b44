/** Server-rendered pages of the command centre. */
@NullMarked
package org.amparo.server.web;

import org.jspecify.annotations.NullMarked;
