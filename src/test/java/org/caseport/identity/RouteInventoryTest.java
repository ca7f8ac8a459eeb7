package org.caseport.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application is classified as public, staff or admin; a new route nobody
 * classified fails this test, and each class is checked against the real security configuration.
 */
class RouteInventoryTest extends IntegrationTest {

    enum Audience { PUBLIC, STAFF, ADMIN, PORTAL }

    record Route(HttpMethod method, String pattern) {

        String samplePath() {
            return pattern.replaceAll("\\{[^}]+}", "1");
        }
    }

    private static final Set<String> PUBLIC_ROUTES = Set.of("/", "/login", "/setup", "/error", "/activate",
            "/forgot-password", "/reset-password", "/branding/logo");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    static Audience audienceOf(String pattern) {
        if (PUBLIC_ROUTES.contains(pattern)) {
            return Audience.PUBLIC;
        }
        if (pattern.startsWith("/app/admin/")) {
            return Audience.ADMIN;
        }
        if (pattern.equals("/app") || pattern.startsWith("/app/")) {
            return Audience.STAFF;
        }
        if (pattern.equals("/portal") || pattern.startsWith("/portal/")) {
            return Audience.PORTAL;
        }
        return null;
    }

    @Test
    void everyRouteIsClassified() {
        List<Route> routes = routes();
        assertThat(routes).isNotEmpty();
        assertThat(routes).allSatisfy(route -> assertThat(audienceOf(route.pattern()))
                .as("route %s %s must be classified here and in SecurityConfiguration", route.method(), route.pattern())
                .isNotNull());
    }

    /** Reports and exports carry a case's records: staff's under /app, a contact's under their portal case. */
    @Test
    void reportAndExportRoutesAreStaffAndPortalRoutes() {
        assertThat(routes()).filteredOn(route -> route.pattern().matches(".*/(report|reports|export)(/.*)?"))
                .extracting(route -> route.method() + " " + route.pattern() + " → " + audienceOf(route.pattern()))
                .containsExactlyInAnyOrder(
                        "GET /app/cases/{caseId}/report → STAFF",
                        "POST /app/cases/{caseId}/report → STAFF",
                        "GET /app/cases/{caseId}/report/jobs/{jobId} → STAFF",
                        "GET /app/cases/{caseId}/report/jobs/{jobId}/download → STAFF",
                        "GET /app/cases/{caseId}/export/time.csv → STAFF",
                        "GET /app/cases/{caseId}/export/expenses.csv → STAFF",
                        "GET /portal/cases/{caseId}/reports → PORTAL",
                        "POST /portal/cases/{caseId}/reports → PORTAL",
                        "GET /portal/cases/{caseId}/reports/jobs/{jobId} → PORTAL",
                        "GET /portal/cases/{caseId}/reports/jobs/{jobId}/download → PORTAL",
                        "GET /portal/cases/{caseId}/reports/export/time.csv → PORTAL",
                        "GET /portal/cases/{caseId}/reports/export/expenses.csv → PORTAL");
    }

    @Test
    void anonymousVisitorsAreSentToSignInFromEveryStaffAndAdminRoute() throws Exception {
        for (Route route : routes()) {
            if (audienceOf(route.pattern()) == Audience.PUBLIC) {
                continue;
            }
            mvc.perform(request(route.method(), route.samplePath()).with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void contactsAreRefusedEveryStaffAndAdminRoute() throws Exception {
        var contact = data.contact(data.client(data.admin()));
        for (Route route : routes()) {
            Audience audience = audienceOf(route.pattern());
            if (audience == Audience.STAFF || audience == Audience.ADMIN) {
                mvc.perform(request(route.method(), route.samplePath()).with(data.signedIn(contact)).with(csrf()))
                        .andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void investigatorsAreRefusedEveryAdminRoute() throws Exception {
        var investigator = data.investigator();
        for (Route route : routes()) {
            if (audienceOf(route.pattern()) == Audience.ADMIN) {
                mvc.perform(request(route.method(), route.samplePath()).with(data.signedIn(investigator)).with(csrf()))
                        .andExpect(status().isForbidden());
            }
        }
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methodsOf(info)) {
                    routes.add(new Route(HttpMethod.valueOf(method.name()), pattern));
                }
            }
        });
        return routes;
    }

    private static Set<RequestMethod> methodsOf(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }
}
