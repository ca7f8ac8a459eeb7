package org.caseport.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalField;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.identity.FirmSetup;
import org.caseport.identity.Role;
import org.caseport.identity.StaffAccountService.StaffAccountDetails;
import org.caseport.shared.Visibility;
import org.caseport.subjects.SubjectDetails;
import org.caseport.subjects.SubjectKind;
import org.caseport.support.Downloads;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Case reports end to end, through the pages: asked for, built by a worker, downloaded, and read back
 * with OpenPDF's text extractor. Staff get everything on record; a contact gets what their profile
 * shows of the shared items, never an internal item or a hidden field; every page says for whom and
 * when; a report is its asker's alone.
 */
class CaseReportTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FirmSetup firmSetup;
    @Autowired
    ReportCleanup cleanup;
    @Value("${caseport.reports.path}")
    Path reportsPath;

    private Actor admin;
    private Actor lead;
    private long clientId;
    private long caseId;
    private String sharedDocumentSha256;

    @BeforeEach
    void aCaseWithSharedAndInternalItems() {
        admin = data.admin();
        lead = data.investigator();
        data.staffAccounts().update(admin, lead.id(), new StaffAccountDetails(TestData.emailOf(lead),
                lead.displayName(), "Phone 0113 496 0000", Role.INVESTIGATOR));
        clientId = data.client(admin);
        caseId = data.kaseFor(admin, clientId, lead.id(), new BigDecimal("5000"), "Description staff only");
        data.note(lead, caseId, "Shared note surveillance day one", "1.25", "987.65", Visibility.CLIENT);
        data.internalNote(lead, caseId, "Internal note about the informant");
        data.expense(lead, caseId, "Shared expense mileage to Leeds", "42.10", Visibility.CLIENT);
        data.expense(lead, caseId, "Internal expense paid informant", "17.30", Visibility.INTERNAL);
        data.subject(lead, caseId, new SubjectDetails(SubjectKind.PERSON, "Shared subject Jane Doe", null,
                LocalDate.of(1913, 7, 19), "Identifier NI AB123456C", null, "Phone 07700 900123", null, null,
                Visibility.CLIENT));
        data.subject(lead, caseId, "Internal subject the informant", Visibility.INTERNAL);
        long sharedDocument = data.document(lead, caseId, "Shared document final report", Visibility.CLIENT);
        data.document(lead, caseId, "Internal document informant file", Visibility.INTERNAL);
        sharedDocumentSha256 = jdbc.sql("select sha256 from document_versions where document_id = :id")
                .param("id", sharedDocument).query(String.class).single();
    }

    @Test
    void staffGetTheFullInternalReport() throws Exception {
        String text = Downloads.pdfText(report(admin, staffRoute(), null));

        assertThat(text).contains(squeezed("Shared note surveillance day one"),
                squeezed("Internal note about the informant"),
                squeezed("Shared expense mileage to Leeds"), squeezed("Internal expense paid informant"),
                squeezed("Internal subject the informant"), squeezed("Internal document informant file"),
                squeezed("Description staff only"), squeezed("Phone 0113 496 0000"), "987.65", "17.30",
                squeezed("19 Jul 1913"), sharedDocumentSha256, squeezed("Budget authorised"));
    }

    @Test
    void aContactsReportHoldsWhatTheirProfileShowsOfTheSharedItemsAndNothingElse() throws Exception {
        Actor contact = contactWith(EnumSet.of(PortalSection.OVERVIEW, PortalSection.NOTES, PortalSection.EXPENSES,
                PortalSection.SUBJECTS, PortalSection.DOCUMENTS, PortalSection.REPORTS), Set.of(PortalField.NOTE_HOURS,
                PortalField.INVESTIGATOR_EMAIL), Set.of(PortalAction.GENERATE_REPORT));

        String text = Downloads.pdfText(report(contact, portalRoute(), null));

        assertThat(text).contains(squeezed("Shared note surveillance day one"), "1.25",
                squeezed("Shared expense mileage to Leeds"), squeezed("Shared subject Jane Doe"),
                squeezed("Shared document final report"), sharedDocumentSha256, TestData.emailOf(lead));
        assertThat(text).doesNotContain(squeezed("Internal note about the informant"),
                squeezed("Internal expense paid informant"), squeezed("Internal subject the informant"),
                squeezed("Internal document informant file"), squeezed("Description staff only"), "987.65", "42.10",
                squeezed("19 Jul 1913"), squeezed("NI AB123456C"), squeezed("07700 900123"),
                squeezed("0113 496 0000"), squeezed("Budget authorised"));
    }

    @Test
    void theReportsSectionsAreTheProfilesSections() throws Exception {
        Actor contact = contactWith(EnumSet.of(PortalSection.BUDGET, PortalSection.REPORTS),
                Set.of(PortalField.NOTE_HOURS, PortalField.INVESTIGATOR_EMAIL), Set.of(PortalAction.GENERATE_REPORT));

        String text = Downloads.pdfText(report(contact, portalRoute(), null));

        assertThat(text).contains(squeezed("Budget authorised"), "5,000.00");
        assertThat(text).doesNotContain(squeezed("Shared note surveillance day one"),
                squeezed("Shared expense mileage to Leeds"), squeezed("Shared subject Jane Doe"),
                squeezed("Shared document final report"), squeezed(lead.displayName()), TestData.emailOf(lead));
    }

    @Test
    void everyPageSaysForWhomWhenAndByWhichFirmItWasGenerated() throws Exception {
        jdbc.sql("""
                        insert into time_slips (case_id, work_date, staff_id, hours, rate, billable, body, visibility)
                        select :caseId, date '2026-01-01' + (n % 300), :staffId, 1.00, 80.00, true,
                               'Shared observation number ' || n, 'CLIENT'
                        from generate_series(1, 400) n""")
                .param("caseId", caseId).param("staffId", lead.id()).update();
        Actor contact = contactWith(EnumSet.of(PortalSection.NOTES, PortalSection.REPORTS), Set.of(),
                Set.of(PortalAction.GENERATE_REPORT));

        List<String> pages = Downloads.pdfPages(report(contact, portalRoute(), null));

        assertThat(pages).hasSizeGreaterThan(3).allSatisfy(page -> assertThat(page).containsPattern(
                "Generated for " + contact.displayName() + " at \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} \\S+ · "
                        + Pattern.quote(firmSetup.firmName())));
        assertThat(String.join("\n", pages)).contains("Shared observation number 400");
    }

    @Test
    void aReportAnswersOnlyTheAccountThatAskedForIt() throws Exception {
        Set<PortalSection> sections = EnumSet.of(PortalSection.NOTES, PortalSection.REPORTS);
        Actor contact = contactWith(sections, Set.of(), Set.of(PortalAction.GENERATE_REPORT));
        Actor colleague = contactWith(sections, Set.of(), Set.of(PortalAction.GENERATE_REPORT));
        report(contact, portalRoute(), null);
        long contactsJob = data.latestReportJob(contact, caseId);
        report(admin, staffRoute(), null);
        long adminsJob = data.latestReportJob(admin, caseId);

        String contactsJobPath = portalRoute().jobs() + contactsJob;
        for (String path : List.of(contactsJobPath, contactsJobPath + "/download")) {
            mvc.perform(get(path).with(data.signedIn(colleague))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(data.signedIn(admin)).session(previewOf(admin, contact)))
                    .andExpect(status().isNotFound());
        }
        for (String path : List.of(staffRoute().jobs() + adminsJob, staffRoute().jobs() + adminsJob + "/download",
                staffRoute().jobs() + contactsJob + "/download")) {
            mvc.perform(get(path).with(data.signedIn(lead))).andExpect(status().isNotFound());
        }
        mvc.perform(get(portalRoute().jobs() + adminsJob + "/download").with(data.signedIn(contact)))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutTheReportsSectionOrTheGenerateReportActionEveryReportRouteAnswers404() throws Exception {
        Actor noAction = contactWith(EnumSet.of(PortalSection.OVERVIEW, PortalSection.NOTES, PortalSection.EXPENSES,
                PortalSection.REPORTS), Set.of(), Set.of(PortalAction.DOWNLOAD));
        Actor noSection = contactWith(EnumSet.of(PortalSection.OVERVIEW, PortalSection.NOTES, PortalSection.EXPENSES),
                Set.of(), Set.of(PortalAction.GENERATE_REPORT));

        for (Actor contact : List.of(noAction, noSection)) {
            for (String path : List.of(portalRoute().page(), portalRoute().page() + "/export/time.csv",
                    portalRoute().page() + "/export/expenses.csv")) {
                mvc.perform(get(path).with(data.signedIn(contact))).andExpect(status().isNotFound());
            }
            mvc.perform(post(portalRoute().page()).with(csrf()).with(data.signedIn(contact)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/portal/cases/" + caseId).with(data.signedIn(contact))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("portal-nav-reports"))));
        }
        assertThat(jdbc.sql("select count(*) from report_jobs where case_id = :caseId").param("caseId", caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPreviewGeneratesWhatTheContactWouldSeeAsTheStaffMembersOwnReport() throws Exception {
        Actor contact = contactWith(EnumSet.of(PortalSection.NOTES, PortalSection.REPORTS), Set.of(),
                Set.of(PortalAction.GENERATE_REPORT));
        MockHttpSession preview = previewOf(admin, contact);

        String text = Downloads.pdfText(report(admin, portalRoute(), preview));

        assertThat(text).contains(squeezed("Shared note surveillance day one"),
                squeezed("Generated for " + contact.displayName() + " (previewed by " + admin.displayName() + ")"));
        assertThat(text).doesNotContain(squeezed("Internal note about the informant"), "987.65");
        long jobId = data.latestReportJob(admin, caseId);
        mvc.perform(get(portalRoute().jobs() + jobId + "/download").with(data.signedIn(contact)))
                .andExpect(status().isNotFound());
        assertThat(data.auditOf("CASE", caseId)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("REPORT_REQUESTED");
            assertThat(event.actorId()).isEqualTo(admin.id());
            assertThat(event.actorLabel()).contains("previewing as " + contact.displayName());
        });
    }

    @Test
    void aReportIsDeletedWithItsFileADayAfterItWasBuilt() throws Exception {
        report(admin, staffRoute(), null);
        long jobId = data.latestReportJob(admin, caseId);
        Path file = reportsPath.resolve(jdbc.sql("select file_key from report_jobs where id = :id").param("id", jobId)
                .query(String.class).single());
        assertThat(file).exists();

        cleanup.removeExpired(Instant.now().plus(Duration.ofHours(23)));
        assertThat(file).exists();
        cleanup.removeExpired(Instant.now().plus(Duration.ofHours(25)));

        assertThat(file).doesNotExist();
        mvc.perform(get(staffRoute().jobs() + jobId + "/download").with(data.signedIn(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReportBeingBuiltAsksForItsProgressEveryTwoSecondsUntilItCanBeDownloaded() throws Exception {
        report(admin, staffRoute(), null);
        long done = data.latestReportJob(admin, caseId);
        long queued = jdbc.sql("""
                        insert into report_jobs (case_id, kind, audience, requested_by, status, progress)
                        values (:caseId, 'CASE_REPORT', 'STAFF', :admin, 'RUNNING', 42) returning id""")
                .param("caseId", caseId).param("admin", admin.id()).query(Long.class).single();

        String fragment = mvc.perform(get(staffRoute().jobs() + queued).header("HX-Request", "true")
                        .with(data.signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("hx-get=\"" + staffRoute().jobs() + queued + "\"", "hx-trigger=\"every 2s\"",
                "42%").doesNotContain("<html", "report-download-");
        String finished = mvc.perform(get(staffRoute().jobs() + done).header("HX-Request", "true")
                        .with(data.signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(finished).contains("report-download-" + done).doesNotContain("hx-get", "hx-trigger");
        assertThat(mvc.perform(get(staffRoute().page()).with(data.signedIn(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("report-job-" + queued, "report-job-" + done, "report-download-" + done);
    }

    private static String squeezed(String text) {
        return Downloads.withoutWhitespace(text);
    }

    private record Route(String page, String jobs) {
    }

    private Route staffRoute() {
        return new Route("/app/cases/" + caseId + "/report", "/app/cases/" + caseId + "/report/jobs/");
    }

    private Route portalRoute() {
        return new Route("/portal/cases/" + caseId + "/reports", "/portal/cases/" + caseId + "/reports/jobs/");
    }

    /** Asks for the report as the actor (in a preview session, if any), waits for it, and downloads it. */
    private byte[] report(Actor actor, Route route, MockHttpSession preview) throws Exception {
        mvc.perform(signed(post(route.page()).with(csrf()), actor, preview)).andExpect(status().isFound())
                .andExpect(redirectedUrl(route.page()));
        long jobId = data.latestReportJob(actor, caseId);
        assertThat(data.awaitReport(jobId)).isEqualTo("DONE");
        return mvc.perform(signed(get(route.jobs() + jobId + "/download"), actor, preview))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private MockHttpServletRequestBuilder signed(MockHttpServletRequestBuilder request, Actor actor,
            MockHttpSession preview) {
        request.with(data.signedIn(actor));
        if (preview != null) {
            request.session(preview);
        }
        return request;
    }

    private MockHttpSession previewOf(Actor staff, Actor contact) throws Exception {
        return (MockHttpSession) mvc.perform(post("/app/clients/{clientId}/contacts/{contactId}/portal/preview",
                        clientId, contact.contactId()).with(data.signedIn(staff)).with(csrf()))
                .andExpect(redirectedUrl("/portal"))
                .andReturn().getRequest().getSession(false);
    }

    private Actor contactWith(Set<PortalSection> sections, Set<PortalField> fields, Set<PortalAction> actions) {
        long profile = data.portalProfile("Reports", sections, fields);
        jdbc.sql("update portal_profiles set actions = :actions where id = :id")
                .param("actions", actions.stream().map(Enum::name).toArray(String[]::new)).param("id", profile)
                .update();
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);
        data.useProfile(contact, profile);
        return contact;
    }

}
