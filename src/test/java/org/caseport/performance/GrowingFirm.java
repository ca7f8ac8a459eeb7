package org.caseport.performance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalField;
import org.caseport.access.PortalGrants;
import org.caseport.access.PortalSection;
import org.caseport.approvals.ApprovalRequests;
import org.caseport.approvals.NewApprovalRequest;
import org.caseport.billing.BillingService;
import org.caseport.billing.LedgerEntryKind;
import org.caseport.cases.CaseDetails;
import org.caseport.cases.CaseService;
import org.caseport.clients.ClientDetails;
import org.caseport.clients.ClientKind;
import org.caseport.clients.ClientService;
import org.caseport.clients.ContactDetails;
import org.caseport.documents.PortalDocuments;
import org.caseport.identity.Actor;
import org.caseport.messages.CaseMessages;
import org.caseport.renewals.RenewalDetails;
import org.caseport.renewals.RenewalOutcome;
import org.caseport.renewals.Renewals;
import org.caseport.shared.Visibility;
import org.caseport.support.TestData;
import org.caseport.tasks.CaseTasks;
import org.caseport.tasks.TaskDetails;

/**
 * A firm whose lists grow on demand, for {@link QueriesPerPageTest}: one client with one main case,
 * led by an investigator and seen in the portal by a contact whose profile shows every section,
 * field and action. {@link #growTo(int)} brings every kind of {@link Item} to the same number, made
 * through the real services; each item is named {@code "<run> <Kind> NN"}, so a page's HTML tells
 * which of them it lists ({@link #shown}). Odd-numbered items are shared with the client, even ones
 * internal; every third task is overdue, the others are due later.
 */
final class GrowingFirm {

    /** The kinds of records the firm has more of as it grows; the label is part of each one's name. */
    enum Item {
        CASE("Case"), CLIENT("Client"), NOTE("Note"), EXPENSE("Expense"), DOCUMENT("Document"), SUBJECT("Subject"),
        MESSAGE("Message"), APPROVAL("Approval"), TASK("Task"), RENEWAL("Renewal"), PAYMENT("Payment"),
        COMMENT("Comment"), CONTACT("Contact"),
        /** A contact's download of the commented document, told apart by its source address. */
        DOWNLOAD("Download");

        final String label;

        Item(String label) {
            this.label = label;
        }
    }

    /** The services the firm is made through. */
    record Services(TestData data, CaseService cases, ClientService clients, BillingService billing,
            CaseMessages messages, ApprovalRequests approvals, CaseTasks tasks, Renewals renewals,
            PortalDocuments portalDocuments, PortalGrants grants) {
    }

    final String run = TestData.unique("qpp");
    final Actor admin;
    final Actor investigator;
    final Actor contact;
    /** Another contact of the client, granted each case on its own rather than all of them. */
    final Actor grantee;
    final long clientId;
    final long caseId;
    /** A shared document of the main case, the one the comments are on. */
    final long documentId;

    private final Services services;
    private final LocalDate today = LocalDate.now();
    private int size;

    GrowingFirm(Services services) {
        this.services = services;
        TestData data = services.data();
        admin = data.admin();
        investigator = data.investigator();
        clientId = services.clients().register(admin, new ClientDetails(ClientKind.ORGANISATION,
                run + " main client", null, null, null, null));
        caseId = services.cases().open(admin, new CaseDetails(run + " main case", clientId, "Surveillance", null,
                investigator.id(), Set.of()), new BigDecimal("5000.00"));
        contact = data.contact(clientId);
        data.useProfile(contact, data.portalProfile("Every section", EnumSet.allOf(PortalSection.class),
                EnumSet.allOf(PortalField.class), EnumSet.allOf(PortalAction.class)));
        data.grantAllCases(contact);
        grantee = data.contact(clientId);
        data.grantCase(grantee, caseId);
        documentId = data.document(investigator, caseId, run + " commented document", Visibility.CLIENT);
    }

    /** Values for the placeholders a page's address may hold: {caseId}, {clientId}, {documentId}, {staffId}, {run}. */
    Map<String, String> placeholders() {
        Map<String, String> values = new HashMap<>();
        values.put("caseId", String.valueOf(caseId));
        values.put("clientId", String.valueOf(clientId));
        values.put("documentId", String.valueOf(documentId));
        values.put("staffId", String.valueOf(investigator.id()));
        values.put("granteeId", String.valueOf(grantee.contactId()));
        values.put("run", run);
        return values;
    }

    /** Adds items of every kind until each kind has {@code target} of them. */
    void growTo(int target) {
        for (int n = size + 1; n <= target; n++) {
            for (Item item : Item.values()) {
                add(item, n);
            }
        }
        size = Math.max(size, target);
    }

    /** The numbers of the items of a kind that the HTML names. */
    Set<Integer> shown(Item item, String html) {
        String name = item == Item.DOWNLOAD ? Pattern.quote(DOWNLOADED_FROM) : Pattern.quote(run + " " + item.label + " ");
        Matcher matcher = Pattern.compile(name + "(\\d{2})").matcher(html);
        Set<Integer> numbers = new TreeSet<>();
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    /** Where the n-th download came from: {@code 192.0.2.1NN}, an address of a documentation range. */
    private static final String DOWNLOADED_FROM = "192.0.2.1";

    private String name(Item item, int n) {
        return "%s %s %02d".formatted(run, item.label, n);
    }

    private void add(Item item, int n) {
        String name = name(item, n);
        Visibility visibility = n % 2 == 1 ? Visibility.CLIENT : Visibility.INTERNAL;
        TestData data = services.data();
        switch (item) {
            case CASE -> {
                long kase = services.cases().open(admin, new CaseDetails(name, clientId, "Surveillance", null,
                        investigator.id(), Set.of()), new BigDecimal("1000.00"));
                // an unanswered client message puts the case in the staff inbox
                services.messages().send(contact, kase, null, "Any news on " + name + "?");
                services.grants().grantCase(admin, grantee.contactId(), kase);
            }
            case CLIENT -> services.clients().register(admin, new ClientDetails(ClientKind.ORGANISATION, name,
                    null, null, null, null));
            case NOTE -> data.note(investigator, caseId, name, "0.25", "80.00", visibility);
            case EXPENSE -> data.expense(investigator, caseId, name, "12.50", visibility);
            case DOCUMENT -> data.document(investigator, caseId, name, visibility);
            case SUBJECT -> data.subject(investigator, caseId, name, visibility);
            case MESSAGE -> {
                if (n % 2 == 1) {
                    services.messages().send(contact, caseId, null, name);
                } else {
                    services.messages().reply(investigator, caseId, name);
                }
            }
            case APPROVAL -> services.approvals().ask(investigator, caseId,
                    new NewApprovalRequest(name, "Two more days of surveillance", new BigDecimal("100.00"),
                            today.plusDays(30)));
            case TASK -> services.tasks().add(investigator, caseId, new TaskDetails(name, investigator.id(),
                    n % 3 == 0 ? today.minusDays(n) : today.plusDays(n), visibility));
            case RENEWAL -> services.renewals().add(admin, clientId, new RenewalDetails(caseId, name,
                    new BigDecimal("250.00"), 12, today.plusDays(n), RenewalOutcome.RENEW, 14));
            case PAYMENT -> services.billing().recordLedgerEntry(investigator, caseId,
                    LedgerEntryKind.RETAINER_PAYMENT, new BigDecimal("100.00"), today, name);
            case COMMENT -> data.comment(n % 2 == 1 ? contact : investigator, caseId, documentId, name);
            case CONTACT -> services.clients().addContact(admin, clientId,
                    new ContactDetails(name, TestData.emailOf(TestData.unique("contact")), null, "Claims manager"));
            case DOWNLOAD -> download("%s%02d".formatted(DOWNLOADED_FROM, n));
        }
    }

    private void download(String sourceAddress) {
        try (InputStream content = services.portalDocuments().download(contact, caseId, documentId, sourceAddress)
                .content()) {
            content.transferTo(OutputStream.nullOutputStream());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
