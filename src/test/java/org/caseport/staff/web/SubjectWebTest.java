package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseport.identity.Actor;
import org.caseport.shared.Visibility;
import org.caseport.subjects.SubjectDetails;
import org.caseport.subjects.SubjectKind;
import org.caseport.subjects.SubjectQueries;
import org.caseport.subjects.SubjectService;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class SubjectWebTest extends IntegrationTest {

    @Autowired
    private SubjectService subjectService;

    @Autowired
    private SubjectQueries subjectQueries;

    @Test
    void adminCanAddASubjectAndSeesItListed() throws Exception {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);

        long subjectId = add(admin, caseId, "Jane Roe");

        mvc.perform(get("/app/cases/{c}/subjects", caseId).with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jane Roe")))
                .andExpect(content().string(containsString("a.k.a. JR, Janie")))
                .andExpect(content().string(containsString("/app/cases/" + caseId + "/subjects/" + subjectId)));
        assertThat(data.count("subjects", caseId)).isEqualTo(1);
    }

    @Test
    void newSubjectIsInternalUntilStaffShareIt() throws Exception {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);

        long subjectId = add(admin, caseId, "Jane Roe");
        assertThat(subjectQueries.get(admin, caseId, subjectId).visibility()).isEqualTo(Visibility.INTERNAL);

        mvc.perform(post("/app/cases/{c}/subjects/{s}/visibility", caseId, subjectId).with(data.signedIn(admin))
                        .with(csrf()).param("visibility", "CLIENT"))
                .andExpect(redirectedUrl("/app/cases/" + caseId + "/subjects/" + subjectId));
        assertThat(subjectQueries.get(admin, caseId, subjectId).visibility()).isEqualTo(Visibility.CLIENT);
    }

    @Test
    void subjectPageAsksBeforeSharing() throws Exception {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);
        long subjectId = add(admin, caseId, "Jane Roe");

        mvc.perform(get("/app/cases/{c}/subjects/{s}", caseId, subjectId).with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-confirm=\"Share this subject with the client?\"")))
                .andExpect(content().string(containsString("2 Apr 1980")));
    }

    @Test
    void blankNameShowsAFieldErrorAndSavesNothing() throws Exception {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);

        mvc.perform(post("/app/cases/{c}/subjects", caseId).with(data.signedIn(admin)).with(csrf())
                        .param("kind", "PERSON").param("name", "  "))
                .andExpect(status().isOk())
                .andExpect(view().name("staff/cases/subject-form"))
                .andExpect(model().attributeHasFieldErrors("subjectForm", "name"))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("Enter the name of the person or company.")));
        assertThat(data.count("subjects", caseId)).isZero();
    }

    @Test
    void futureDateOfBirthShowsAFieldErrorAndSavesNothing() throws Exception {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);

        mvc.perform(post("/app/cases/{c}/subjects", caseId).with(data.signedIn(admin)).with(csrf())
                        .param("kind", "PERSON").param("name", "Jane Roe")
                        .param("dateOfBirth", LocalDate.now().plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("subjectForm", "dateOfBirth"))
                .andExpect(content().string(containsString("A date of birth cannot be in the future.")));
        assertThat(data.count("subjects", caseId)).isZero();
    }

    @Test
    void adminCanReviseASubject() throws Exception {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);
        long subjectId = add(admin, caseId, "Jane Roe");

        mvc.perform(post("/app/cases/{c}/subjects/{s}", caseId, subjectId).with(data.signedIn(admin)).with(csrf())
                        .param("kind", "COMPANY").param("name", "Roe Holdings Ltd").param("dateOfBirth", "1980-04-02")
                        .param("visibility", "INTERNAL"))
                .andExpect(redirectedUrl("/app/cases/" + caseId + "/subjects/" + subjectId));

        mvc.perform(get("/app/cases/{c}/subjects/{s}", caseId, subjectId).with(data.signedIn(admin)))
                .andExpect(content().string(containsString("Roe Holdings Ltd")))
                .andExpect(content().string(containsString("Company or organisation of interest")))
                .andExpect(content().string(not(containsString("2 Apr 1980"))));
    }

    @Test
    void subjectsAreListedByNameIgnoringCase() throws Exception {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);
        subjectService.record(admin, caseId, person("Zed Zulu"));
        subjectService.record(admin, caseId, person("alan Able"));
        subjectService.record(admin, caseId, person("Mia Mars"));

        String page = mvc.perform(get("/app/cases/{c}/subjects", caseId).with(data.signedIn(admin)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf("alan Able")).isLessThan(page.indexOf("Mia Mars"));
        assertThat(page.indexOf("Mia Mars")).isLessThan(page.indexOf("Zed Zulu"));
    }

    @Test
    void emptyCaseSaysItHasNoSubjectsYet() throws Exception {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);

        mvc.perform(get("/app/cases/{c}/subjects", caseId).with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No subjects on this case yet.")));
    }

    @Test
    void investigatorCannotSeeOrChangeSubjectsOfCaseNotAssignedToThem() throws Exception {
        Actor admin = data.admin();
        Actor outsider = data.investigator();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);
        long subjectId = subjectService.record(admin, caseId, person("Jane Roe"));

        for (MockHttpServletRequestBuilder request : everyRoute(caseId, subjectId)) {
            mvc.perform(request.with(data.signedIn(outsider)).with(csrf())).andExpect(status().isNotFound());
        }
        assertThat(data.count("subjects", caseId)).isEqualTo(1);
        assertThat(subjectQueries.get(admin, caseId, subjectId).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(subjectQueries.get(admin, caseId, subjectId).name()).isEqualTo("Jane Roe");
    }

    @Test
    void investigatorWhoLeadsTheCaseCanWorkItsSubjects() throws Exception {
        Actor admin = data.admin();
        Actor lead = data.investigator();
        long caseId = data.kase(admin, lead.id(), BigDecimal.ZERO);
        long subjectId = subjectService.record(admin, caseId, person("Jane Roe"));

        for (String url : new String[] {"/app/cases/{c}/subjects", "/app/cases/{c}/subjects/new",
                "/app/cases/{c}/subjects/{s}", "/app/cases/{c}/subjects/{s}/edit"}) {
            mvc.perform(get(url, caseId, subjectId).with(data.signedIn(lead))).andExpect(status().isOk());
        }
        add(lead, caseId, "John Doe");
        mvc.perform(post("/app/cases/{c}/subjects/{s}/visibility", caseId, subjectId).with(data.signedIn(lead))
                        .with(csrf()).param("visibility", "CLIENT"))
                .andExpect(status().is3xxRedirection());
        assertThat(data.count("subjects", caseId)).isEqualTo(2);
    }

    @Test
    void subjectOfAnotherCaseIsNotFoundUnderThisCase() throws Exception {
        Actor admin = data.admin();
        long thisCase = data.kase(admin, null, BigDecimal.ZERO);
        long otherCase = data.kase(admin, null, BigDecimal.ZERO);
        long otherSubject = subjectService.record(admin, otherCase, person("Jane Roe"));

        for (MockHttpServletRequestBuilder request : subjectRoutes(thisCase, otherSubject)) {
            mvc.perform(request.with(data.signedIn(admin)).with(csrf())).andExpect(status().isNotFound());
        }
        assertThat(subjectQueries.get(admin, otherCase, otherSubject).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(data.count("subjects", thisCase)).isZero();
    }

    private long add(Actor actor, long caseId, String name) throws Exception {
        String location = mvc.perform(post("/app/cases/{c}/subjects", caseId).with(data.signedIn(actor)).with(csrf())
                        .param("kind", "PERSON").param("name", name).param("aliases", "JR\n\n  Janie ")
                        .param("dateOfBirth", "1980-04-02"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Every page and action of the subjects tab, with valid input so only access decides the answer. */
    private static List<MockHttpServletRequestBuilder> everyRoute(long caseId, long subjectId) {
        List<MockHttpServletRequestBuilder> routes = new ArrayList<>(List.of(
                get("/app/cases/{c}/subjects", caseId),
                get("/app/cases/{c}/subjects/new", caseId),
                validSubject(post("/app/cases/{c}/subjects", caseId))));
        routes.addAll(subjectRoutes(caseId, subjectId));
        return routes;
    }

    /** The pages and actions of one subject, with valid input so only access decides the answer. */
    private static List<MockHttpServletRequestBuilder> subjectRoutes(long caseId, long subjectId) {
        return List.of(
                get("/app/cases/{c}/subjects/{s}", caseId, subjectId),
                get("/app/cases/{c}/subjects/{s}/edit", caseId, subjectId),
                validSubject(post("/app/cases/{c}/subjects/{s}", caseId, subjectId)),
                post("/app/cases/{c}/subjects/{s}/visibility", caseId, subjectId).param("visibility", "CLIENT"));
    }

    private static MockHttpServletRequestBuilder validSubject(MockHttpServletRequestBuilder request) {
        return request.param("kind", "PERSON").param("name", "Changed Name");
    }

    private static SubjectDetails person(String name) {
        return new SubjectDetails(SubjectKind.PERSON, name, null, null, null, null, null, null, null,
                Visibility.INTERNAL);
    }
}
