package org.amparo.server.security;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One declared route: an HTTP method (null: any) and a path pattern in Spring's PathPattern syntax,
 * with who may call it.
 */
public record Route(@Nullable HttpMethod method, String pattern, Access access) {}
