package org.caseport.staff.web;

import jakarta.validation.Valid;
import org.caseport.cases.CaseQueries;
import org.caseport.documents.CollaborationRefusedException;
import org.caseport.documents.DocumentComments;
import org.caseport.documents.DocumentQueries;
import org.caseport.documents.DocumentRevisions;
import org.caseport.documents.DocumentService;
import org.caseport.documents.DownloadResponses;
import org.caseport.documents.NewComment;
import org.caseport.identity.Actor;
import org.caseport.shared.PageResult;
import org.caseport.shared.RejectedInputException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A document's page: its details, the version chain with the client's proposals (download them,
 * accept or reject them), the "client may revise" switch, and the comment thread with the client.
 */
@Controller
@RequestMapping("/app/cases/{caseId}/documents/{documentId}")
class DocumentPageController {

    private final CaseQueries caseQueries;
    private final DocumentQueries documentQueries;
    private final DocumentService documentService;
    private final DocumentComments comments;
    private final DocumentRevisions revisions;

    DocumentPageController(CaseQueries caseQueries, DocumentQueries documentQueries, DocumentService documentService,
            DocumentComments comments, DocumentRevisions revisions) {
        this.caseQueries = caseQueries;
        this.documentQueries = documentQueries;
        this.documentService = documentService;
        this.comments = comments;
        this.revisions = revisions;
    }

    @ModelAttribute("section")
    String section() {
        return "cases";
    }

    /** The page; without {@code page} the thread shows its last page, where the newest comments are. */
    @GetMapping
    String show(Actor actor, @PathVariable long caseId, @PathVariable long documentId,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("document", documentQueries.details(actor, caseId, documentId));
        model.addAttribute("versions", documentQueries.versions(actor, caseId, documentId));
        model.addAttribute("comments", comments.thread(actor, caseId, documentId, page, PageResult.DEFAULT_SIZE));
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("tab", "documents");
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", NewComment.empty());
        }
        return "staff/cases/document";
    }

    /** Posts a comment; a form with errors comes back with them, the thread refuses it on an internal document. */
    @PostMapping("/comments")
    String comment(Actor actor, @PathVariable long caseId, @PathVariable long documentId,
            @Valid @ModelAttribute("commentForm") NewComment commentForm, BindingResult errors,
            RedirectAttributes redirect) {
        // 404 before anything else: a form from someone who may not see the document learns nothing.
        documentQueries.details(actor, caseId, documentId);
        if (!errors.hasErrors()) {
            try {
                comments.comment(actor, caseId, documentId, commentForm);
                redirect.addFlashAttribute("notice", "Comment posted. The client's contacts are told.");
                return page(caseId, documentId) + "#thread";
            } catch (RejectedInputException refusal) {
                Forms.reject(errors, refusal);
            } catch (CollaborationRefusedException refusal) {
                redirect.addFlashAttribute("problem", refusal.getMessage());
                return page(caseId, documentId);
            }
        }
        redirect.addFlashAttribute("commentForm", commentForm);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "commentForm", errors);
        return page(caseId, documentId) + "#comment-form";
    }

    /** Switches "client may revise" on or off; back to the case's list when asked from there. */
    @PostMapping("/revisable")
    String revisable(Actor actor, @PathVariable long caseId, @PathVariable long documentId,
            @RequestParam boolean clientMayRevise, @RequestParam(required = false) String from,
            RedirectAttributes redirect) {
        try {
            documentService.allowClientRevisions(actor, caseId, documentId, clientMayRevise);
            redirect.addFlashAttribute("notice", clientMayRevise
                    ? "The client's contacts may now propose a revised version." : "The client may no longer revise it.");
        } catch (RejectedInputException refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
        }
        return "list".equals(from) ? "redirect:/app/cases/" + caseId + "/documents" : page(caseId, documentId);
    }

    @PostMapping("/proposals/{versionId}/accept")
    String accept(Actor actor, @PathVariable long caseId, @PathVariable long documentId, @PathVariable long versionId,
            RedirectAttributes redirect) {
        try {
            revisions.accept(actor, caseId, documentId, versionId);
            redirect.addFlashAttribute("notice", "Accepted: it is now the current version.");
        } catch (CollaborationRefusedException refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
        }
        return page(caseId, documentId);
    }

    @PostMapping("/proposals/{versionId}/reject")
    String reject(Actor actor, @PathVariable long caseId, @PathVariable long documentId, @PathVariable long versionId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            revisions.reject(actor, caseId, documentId, versionId, reason);
            redirect.addFlashAttribute("notice", "Rejected. The client sees it in the portal.");
        } catch (CollaborationRefusedException | RejectedInputException refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
        }
        return page(caseId, documentId);
    }

    /** Any version, a client's proposal included, as an attachment. */
    @GetMapping("/versions/{versionId}/download")
    ResponseEntity<InputStreamResource> downloadVersion(Actor actor, @PathVariable long caseId,
            @PathVariable long documentId, @PathVariable long versionId) {
        return DownloadResponses.attachment(documentService.downloadVersion(actor, caseId, documentId, versionId));
    }

    private static String page(long caseId, long documentId) {
        return "redirect:/app/cases/" + caseId + "/documents/" + documentId;
    }
}
