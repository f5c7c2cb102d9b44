package org.amparo.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every controller route has a declaration in {@link RouteTable}; the generated docs/routes.md is
 * current. A new endpoint without a declared role fails here (and is denied at run time anyway).
 */
@SpringBootTest(properties = "amparo.database.url=jdbc:h2:mem:routes;DB_CLOSE_DELAY=-1")
class RouteTableTest {
    private static final Path DOC = Path.of("..", "docs", "routes.md");

    @Autowired
    Map<String, RequestMappingHandlerMapping> mappings;

    @Test
    void everyMappedRouteIsDeclared() {
        List<String> undeclared = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : mappings.values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                    mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        seen.add(method + " " + pattern);
                        if (!declared(method.asHttpMethod(), pattern)) {
                            undeclared.add(method + " " + pattern + " -> " + entry.getValue());
                        }
                    }
                }
            }
        }
        assertThat(seen).contains("POST /api/v1/authorizations/{id}/decision", "GET /api/v1/audit/verify");
        assertThat(undeclared).as("routes without a declaration in RouteTable").isEmpty();
    }

    @Test
    void everyRoleRouteIsClosedToAnonymousCallers() {
        for (Route route : RouteTable.API) {
            if (route.access() instanceof Access.AnyOf any) {
                assertThat(any.roles()).isNotEmpty();
            }
        }
        assertThat(RouteTable.API)
                .noneMatch(r -> r.pattern().startsWith("/api/v1/audit") && !(r.access() instanceof Access.AnyOf));
    }

    @Test
    void committedRouteTableIsCurrent() throws IOException {
        if (Boolean.getBoolean("amparo-test.regenerate")) {
            Files.writeString(DOC, RouteReference.markdown(), StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/routes.md is missing: regenerate it").exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(RouteReference.markdown());
    }

    private static boolean declared(HttpMethod method, String pattern) {
        String concrete =
                pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()).replace("/**", "/x");
        for (List<Route> table : List.of(RouteTable.API, RouteTable.UI)) {
            for (Route route : table) {
                PathPattern parsed = PathPatternParser.defaultInstance.parse(route.pattern());
                boolean methodMatches = route.method() == null || route.method().equals(method);
                if (methodMatches
                        && parsed.matches(org.springframework.http.server.PathContainer.parsePath(concrete))) {
                    return true;
                }
            }
        }
        return false;
    }
}
