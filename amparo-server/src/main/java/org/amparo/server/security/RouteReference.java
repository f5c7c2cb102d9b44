package org.amparo.server.security;

import java.util.List;

/** Generates docs/routes.md, the table of every route and the roles it requires, from {@link RouteTable}. */
public final class RouteReference {
    private RouteReference() {}

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Amparo routes and required roles\n\n")
                .append("Generated from `RouteTable` (amparo-server); do not edit by hand. Every route not listed is\n")
                .append("denied. Regenerate with\n")
                .append("`./mvnw -q -pl amparo-server test -Dtest=RouteTableTest -Damparo-test.regenerate=true`.\n");
        section(out, "API (HTTP Basic or `Authorization: Bearer` API token)", RouteTable.API);
        section(out, "Web UI (form login, session, CSRF)", RouteTable.UI);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Route> routes) {
        out.append("\n## ").append(title).append("\n\n| method | path | who |\n|---|---|---|\n");
        for (Route route : routes) {
            out.append("| ")
                    .append(route.method() == null ? "any" : route.method().name())
                    .append(" | `")
                    .append(route.pattern())
                    .append("` | ")
                    .append(describe(route.access()))
                    .append(" |\n");
        }
    }

    private static String describe(Access access) {
        return switch (access) {
            case Access.Public p -> "anyone";
            case Access.Credential c -> c.description();
            case Access.Authenticated a -> "any logged-in user";
            case Access.AnyOf any ->
                String.join(", ", any.roles().stream().map(Enum::name).sorted().toList());
        };
    }
}
