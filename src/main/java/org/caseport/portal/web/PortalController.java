package org.caseport.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.caseport.access.PortalSection;
import org.caseport.approvals.ApprovalQueries;
import org.caseport.billing.BillingQueries;
import org.caseport.documents.DownloadResponses;
import org.caseport.documents.PortalDocuments;
import org.caseport.identity.Actor;
import org.caseport.portal.PortalCaseView;
import org.caseport.portal.PortalDashboardQueries;
import org.caseport.portal.PortalQueries;
import org.caseport.renewals.RenewalQueries;
import org.caseport.shared.PageResult;
import org.caseport.shared.RejectedInputException;
import org.caseport.tasks.TaskQueries;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal: the contact's dashboard and, per granted case, the sections their profile shows. */
@Controller
@RequestMapping("/portal")
class PortalController {

    private final PortalQueries portal;
    private final BillingQueries billing;
    private final PortalDocuments documents;
    private final ApprovalQueries approvals;
    private final TaskQueries tasks;
    private final RenewalQueries renewals;
    private final PortalDashboardQueries dashboard;

    PortalController(PortalQueries portal, BillingQueries billing, PortalDocuments documents,
            ApprovalQueries approvals, TaskQueries tasks, RenewalQueries renewals, PortalDashboardQueries dashboard) {
        this.dashboard = dashboard;
        this.approvals = approvals;
        this.tasks = tasks;
        this.renewals = renewals;
        this.portal = portal;
        this.billing = billing;
        this.documents = documents;
    }

    @GetMapping
    String dashboard(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("cases", portal.dashboard(actor, page(page), PageResult.DEFAULT_SIZE));
        model.addAttribute("openRequests", approvals.openForContact(actor, 10));
        model.addAttribute("upcomingTasks", tasks.upcomingShared(actor, 10));
        model.addAttribute("awaitingRenewals", renewals.awaitingInstruction(actor, 10));
        model.addAttribute("spend", dashboard.spendOverTime(actor));
        model.addAttribute("activity", dashboard.recentActivity(actor));
        return "portal/dashboard";
    }

    @GetMapping("/cases/{caseId}")
    String overview(Actor actor, @PathVariable long caseId, Model model) {
        PortalCaseView kase = portal.caseView(actor, caseId);
        if (!kase.sections().contains(PortalSection.OVERVIEW)) {
            var firstPage = kase.sections().stream().filter(PortalPaths.INSTANCE::hasPage).findFirst();
            if (firstPage.isPresent()) {
                return "redirect:" + PortalPaths.INSTANCE.href(caseId, firstPage.get());
            }
        }
        return casePage(kase, PortalSection.OVERVIEW, model, "portal/case/overview");
    }

    @GetMapping("/cases/{caseId}/budget")
    String budget(Actor actor, @PathVariable long caseId, Model model) {
        model.addAttribute("ledger", billing.ledger(portal.portalCase(actor, caseId)));
        return casePage(portal.caseView(actor, caseId), PortalSection.BUDGET, model, "portal/case/budget");
    }

    @GetMapping("/cases/{caseId}/notes")
    String notes(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("notes", portal.notes(actor, caseId, page(page), PageResult.DEFAULT_SIZE));
        return casePage(portal.caseView(actor, caseId), PortalSection.NOTES, model, "portal/case/notes");
    }

    @GetMapping("/cases/{caseId}/expenses")
    String expenses(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("expenses", portal.expenses(actor, caseId, page(page), PageResult.DEFAULT_SIZE));
        return casePage(portal.caseView(actor, caseId), PortalSection.EXPENSES, model, "portal/case/expenses");
    }

    @GetMapping("/cases/{caseId}/subjects")
    String subjects(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("subjects", portal.subjects(actor, caseId, page(page), PageResult.DEFAULT_SIZE));
        return casePage(portal.caseView(actor, caseId), PortalSection.SUBJECTS, model, "portal/case/subjects");
    }

    @GetMapping("/cases/{caseId}/documents")
    String documents(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("documents", documents.list(actor, caseId, page(page), PageResult.DEFAULT_SIZE));
        model.addAttribute("mayDownload", documents.mayDownload(actor, caseId));
        model.addAttribute("mayUpload", documents.mayUpload(actor, caseId));
        model.addAttribute("maxUploadSize", documents.maxUploadSize());
        return casePage(portal.caseView(actor, caseId), PortalSection.DOCUMENTS, model, "portal/case/documents");
    }

    /**
     * Files the contact sends the firm, each stored as an INTERNAL document of its own (the title
     * applies to a single file). 404 unless the profile shows documents and allows uploads, and in
     * any staff preview. A refused file is reported and the others are still stored.
     */
    @PostMapping("/cases/{caseId}/documents")
    String upload(Actor actor, @PathVariable long caseId, @RequestParam("files") List<MultipartFile> files,
            @RequestParam(required = false) String title, RedirectAttributes redirect) {
        documents.requireUpload(actor, caseId);
        List<MultipartFile> chosen = files.stream().filter(file -> !file.isEmpty() || hasName(file)).toList();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("problem", "Choose at least one file.");
            return "redirect:/portal/cases/" + caseId + "/documents";
        }
        List<String> problems = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        for (MultipartFile file : chosen) {
            try (InputStream content = file.getInputStream()) {
                documents.upload(actor, caseId, file.getOriginalFilename(), chosen.size() == 1 ? title : null, content);
                sent.add(file.getOriginalFilename());
            } catch (RejectedInputException refused) {
                problems.add(refused.getMessage());
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
        if (!sent.isEmpty()) {
            redirect.addFlashAttribute("notice", "Sent to the firm: " + String.join(", ", sent) + ".");
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problem", String.join(" ", problems));
        }
        return "redirect:/portal/cases/" + caseId + "/documents";
    }

    private static boolean hasName(MultipartFile file) {
        return file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty();
    }

    /** The shared document's current version, as an attachment; the download is recorded. */
    @GetMapping("/cases/{caseId}/documents/{documentId}/download")
    ResponseEntity<InputStreamResource> download(Actor actor, @PathVariable long caseId,
            @PathVariable long documentId, HttpServletRequest request) {
        return DownloadResponses.attachment(documents.download(actor, caseId, documentId, request.getRemoteAddr()));
    }

    /** Renders a page of a portal case: its head, the navigation bar, and the section's page. */
    static String casePage(PortalCaseView kase, PortalSection section, Model model, String view) {
        model.addAttribute("kase", kase);
        model.addAttribute("section", section);
        model.addAttribute("paths", PortalPaths.INSTANCE);
        return view;
    }

    private static int page(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }
}
