package org.caseport.access;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.caseport.identity.FirmSetup;
import org.caseport.support.Routes.Route;
import org.caseport.support.TestData;
import org.caseport.support.TestMailServer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Valid form data for each POST route of the matrix, so that only access decides the answer: a
 * refused request must not be mistaken for a form sent back with errors, nor an allowed one for a
 * refusal. Changes leave the fixture usable: names and emails stay as they were, logins enabled.
 * A route not listed here is sent without parameters.
 */
final class MatrixForms {

    private final JdbcClient jdbc;
    private final FirmSetup firmSetup;
    private final long clientForNewCases;
    private final long staffForWork;
    private final long profileToChoose;
    private final long caseForMessages;
    private final Map<String, Function<Map<String, Long>, MultiValueMap<String, String>>> forms = new HashMap<>();

    /**
     * Forms that open cases for one client, log work of one staff member, choose one profile and
     * write portal messages about one case.
     */
    MatrixForms(JdbcClient jdbc, FirmSetup firmSetup, long clientForNewCases, long staffForWork, long profileToChoose,
            long caseForMessages) {
        this.jdbc = jdbc;
        this.caseForMessages = caseForMessages;
        this.firmSetup = firmSetup;
        this.clientForNewCases = clientForNewCases;
        this.staffForWork = staffForWork;
        this.profileToChoose = profileToChoose;
        describeForms();
    }

    /** The form data for the route addressing {@code ids}; empty for a route that needs none. */
    MultiValueMap<String, String> of(Route route, Map<String, Long> ids) {
        var form = forms.get(route.toString());
        return form == null ? new LinkedMultiValueMap<>() : form.apply(ids);
    }

    private void describeForms() {
        String today = LocalDate.now().toString();
        form("POST /setup", ids -> params("firmName", "Matrix firm", "email", uniqueEmail("setup"),
                "displayName", "Matrix", "password", "a long enough password"));
        form("POST /forgot-password", ids -> params("email", uniqueEmail("nobody")));
        var newPassword = params("password", "a long enough password", "confirmation", "a long enough password");
        form("POST /activate", ids -> newPassword);
        form("POST /reset-password", ids -> newPassword);
        form("POST /app/cases", ids -> params("title", "Matrix case", "clientId", clientForNewCases,
                "caseType", "Surveillance", "budgetAuthorised", "0"));
        form("POST /app/cases/{caseId}", ids -> caseForm(ids.get("caseId")));
        form("POST /app/cases/{caseId}/status", ids -> params("status", "ACTIVE"));
        form("POST /app/cases/{caseId}/portal-profile", ids -> params("profileId", profileToChoose));
        var slip = params("workDate", today, "staffId", staffForWork, "hours", "1.25", "rate", "80", "billable", "true",
                "body", "Matrix note", "visibility", "CLIENT");
        form("POST /app/cases/{caseId}/notes", ids -> slip);
        form("POST /app/cases/{caseId}/notes/{slipId}", ids -> slip);
        var expense = params("spentOn", today, "category", "Mileage", "amount", "12.50",
                "description", "Matrix expense", "billable", "true", "visibility", "CLIENT");
        form("POST /app/cases/{caseId}/expenses", ids -> expense);
        form("POST /app/cases/{caseId}/expenses/{expenseId}", ids -> expense);
        var subject = params("kind", "PERSON", "name", "Matrix subject", "visibility", "CLIENT");
        form("POST /app/cases/{caseId}/subjects", ids -> subject);
        form("POST /app/cases/{caseId}/subjects/{subjectId}", ids -> subject);
        for (String child : List.of("notes/{slipId}", "expenses/{expenseId}", "subjects/{subjectId}",
                "documents/{documentId}", "tasks/{taskId}")) {
            form("POST /app/cases/{caseId}/" + child + "/visibility", ids -> params("visibility", "CLIENT"));
        }
        form("POST /app/cases/{caseId}/documents", ids -> params("title", "Matrix upload", "category", "REPORT",
                "visibility", "INTERNAL"));
        form("POST /portal/cases/{caseId}/documents", ids -> params("title", "Matrix portal upload"));
        form("POST /portal/messages", ids -> params("caseId", caseForMessages, "about", "Matrix screen",
                "body", "Matrix message", "from", "/portal"));
        form("POST /app/cases/{caseId}/messages", ids -> params("body", "Matrix reply"));
        var task = params("title", "Matrix task", "visibility", "CLIENT");
        form("POST /app/cases/{caseId}/tasks", ids -> task);
        form("POST /app/cases/{caseId}/tasks/{taskId}", ids -> task);
        form("POST /app/cases/{caseId}/tasks/{taskId}/status", ids -> params("status", "IN_PROGRESS"));
        form("POST /app/cases/{caseId}/approvals", ids -> params("title", "Matrix approval", "amount", "10.00"));
        form("POST /portal/cases/{caseId}/approvals/{requestId}/decision", ids -> params("decision", "APPROVE"));
        form("POST /app/clients/{clientId}/renewals", ids -> params("title", "Matrix renewal", "price", "100.00",
                "termMonths", "3", "renewsOn", LocalDate.now().plusDays(30), "defaultOutcome", "RENEW",
                "noticeDays", "14"));
        form("POST /app/clients/{clientId}/renewals/{renewalId}", ids -> renewalForm(ids.get("renewalId")));
        form("POST /portal/renewals/{renewalId}/instruction", ids -> params("instruction", "RENEW", "version",
                jdbc.sql("select version from renewals where id = :id").param("id", ids.get("renewalId"))
                        .query(Integer.class).optional().orElse(0)));
        form("POST /app/admin/firm/messages", ids -> params("textInMails", "false"));
        form("POST /app/cases/{caseId}/documents/{documentId}/comments", ids -> params("body", "Matrix comment",
                "atPage", "2"));
        form("POST /portal/cases/{caseId}/documents/{documentId}/comments", ids -> params("body",
                "Matrix portal comment", "atTime", "1:02"));
        form("POST /app/cases/{caseId}/documents/{documentId}/revisable", ids -> params("clientMayRevise", "true"));
        form("POST /app/cases/{caseId}/documents/{documentId}/proposals/{versionId}/reject",
                ids -> params("reason", "Matrix reason"));
        form("POST /app/admin/budget-alerts", ids -> budgetAlertsAsTheyAre());
        form("POST /app/cases/{caseId}/ledger", ids -> params("kind", "RETAINER_PAYMENT", "amount", "100",
                "entryDate", today));
        form("POST /app/clients", ids -> params("kind", "ORGANISATION", "name", TestData.unique("Matrix client")));
        form("POST /app/clients/{clientId}", ids -> params("kind", "ORGANISATION",
                "name", existing("select name from clients where id = :id", ids.get("clientId")).orElse("Nobody")));
        form("POST /app/clients/{clientId}/portal-profile", ids -> params("profileId", profileToChoose));
        form("POST /app/clients/{clientId}/contacts", ids -> params("name", "Matrix contact",
                "email", uniqueEmail("contact")));
        form("POST /app/clients/{clientId}/contacts/{contactId}", ids -> contactForm(ids.get("contactId")));
        form("POST /app/clients/{clientId}/contacts/{contactId}/portal/login", ids -> params("enabled", "true"));
        form("POST /app/clients/{clientId}/contacts/{contactId}/portal/profile",
                ids -> params("profileId", profileToChoose));
        form("POST /app/account/notifications", ids -> params("mode", "DAILY_DIGEST"));
        form("POST /portal/account/notifications", ids -> params("mode", "DAILY_DIGEST"));
        form("POST /app/admin/staff", ids -> params("displayName", "Matrix staff", "email", uniqueEmail("staff"),
                "role", "INVESTIGATOR", "password", "a long enough password"));
        form("POST /app/admin/staff/{staffId}", ids -> staffForm(ids.get("staffId")));
        form("POST /app/admin/staff/{staffId}/enabled", ids -> params("enabled", "true"));
        form("POST /app/admin/firm", ids -> params("name", firmSetup.firmName()));
        // The environment's own server and sender, so that a save leaves mail going where it went.
        form("POST /app/admin/mail-settings", ids -> params("host", "localhost", "port", String.valueOf(TestMailServer.PORT), "security", "NONE",
                "sender", "caseport@localhost"));
        form("POST /app/admin/portal-profiles", ids -> params("name", TestData.unique("Matrix profile"),
                "sections", "OVERVIEW"));
        form("POST /app/admin/portal-profiles/{profileId}/lists", ids -> params("name",
                TestData.unique("Matrix list"), "preset", "ALL", "columns", "STATUS"));
        form("POST /app/admin/portal-profiles/{profileId}/lists/{listId}", ids -> params("name",
                existing("select name from portal_lists where id = :id", ids.get("listId")).orElse("Nothing"),
                "preset", "ALL", "columns", "STATUS"));
        form("POST /app/admin/portal-profiles/{profileId}/lists/{listId}/move", ids -> params("direction", "down"));
        form("POST /portal/searches", ids -> params("name", TestData.unique("Matrix search"), "q", "Matrix"));
        form("POST /app/admin/portal-profiles/{profileId}", ids -> params("name",
                existing("select name from portal_profiles where id = :id", ids.get("profileId")).orElse("Nobody"),
                "sections", "OVERVIEW"));
    }

    private void form(String route, Function<Map<String, Long>, MultiValueMap<String, String>> form) {
        forms.put(route, form);
    }

    private MultiValueMap<String, String> caseForm(long caseId) {
        var kase = jdbc.sql("select title, client_id, lead_investigator_id from cases where id = :id")
                .param("id", caseId).query().listOfRows();
        if (kase.isEmpty()) {
            return params("title", "Nothing", "clientId", clientForNewCases, "caseType", "Surveillance");
        }
        Object lead = kase.get(0).get("lead_investigator_id");
        return params("title", kase.get(0).get("title"), "clientId", kase.get(0).get("client_id"),
                "caseType", "Surveillance", "leadInvestigatorId", lead == null ? "" : lead);
    }

    /** The renewal's own terms, so that an edit allowed is saved and changes nothing but its version. */
    private MultiValueMap<String, String> renewalForm(long renewalId) {
        var renewal = jdbc.sql("""
                        select case_id, title, price, term_months, renews_on, default_outcome, notice_days
                        from renewals where id = :id""").param("id", renewalId).query().listOfRows();
        if (renewal.isEmpty()) {
            return params("title", "Nothing", "price", "1.00", "termMonths", "1", "renewsOn", LocalDate.now(),
                    "defaultOutcome", "LAPSE", "noticeDays", "0");
        }
        var terms = renewal.get(0);
        Object caseId = terms.get("case_id");
        return params("caseId", caseId == null ? "" : caseId, "title", terms.get("title"), "price", terms.get("price"),
                "termMonths", terms.get("term_months"), "renewsOn", terms.get("renews_on"),
                "defaultOutcome", terms.get("default_outcome"), "noticeDays", terms.get("notice_days"));
    }

    private MultiValueMap<String, String> contactForm(long contactId) {
        var contact = jdbc.sql("select name, email from client_contacts where id = :id").param("id", contactId)
                .query().listOfRows();
        return contact.isEmpty() ? params("name", "Nobody", "email", uniqueEmail("nobody"))
                : params("name", contact.get(0).get("name"), "email", contact.get(0).get("email"));
    }

    private MultiValueMap<String, String> staffForm(long id) {
        var staff = jdbc.sql("select display_name, email, role from user_accounts where id = :id").param("id", id)
                .query().listOfRows();
        return staff.isEmpty() ? params("displayName", "Nobody", "email", uniqueEmail("nobody"), "role", "INVESTIGATOR")
                : params("displayName", staff.get(0).get("display_name"), "email", staff.get(0).get("email"),
                        "role", staff.get(0).get("role"));
    }

    /** The budget alert settings as they are, so that saving them changes nothing other tests rely on. */
    private MultiValueMap<String, String> budgetAlertsAsTheyAre() {
        var settings = jdbc.sql("""
                        select array_to_string(thresholds, ', ') as thresholds, warn_contacts
                        from budget_alert_settings where id = 1""").query().singleRow();
        return params("thresholds", settings.get("thresholds"), "warnContacts", settings.get("warn_contacts"));
    }

    private Optional<String> existing(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(String.class).optional();
    }

    private static String uniqueEmail(String who) {
        return TestData.emailOf(TestData.unique(who));
    }

    private static MultiValueMap<String, String> params(Object... namesAndValues) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.add((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return params;
    }
}
