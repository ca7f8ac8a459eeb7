package org.caseport.portal.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.caseport.access.PortalSection;
import org.caseport.documents.CollaborationRefusedException;
import org.caseport.documents.DocumentComments;
import org.caseport.documents.DocumentRevisions;
import org.caseport.documents.NewComment;
import org.caseport.documents.PortalDocumentDetails;
import org.caseport.documents.PortalDocuments;
import org.caseport.documents.ProposalRow;
import org.caseport.documents.ProposalState;
import org.caseport.identity.Actor;
import org.caseport.portal.PortalQueries;
import org.caseport.shared.PageResult;
import org.caseport.shared.RejectedInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A shared document's page in the portal: its details and fingerprint, the download (where the
 * profile allows), the thread with the firm and its form (where the profile allows messages), and
 * the upload of a revised version (where the profile allows uploads and the firm invited one).
 * Every route answers 404 for a document the contact may not see; posting is never done in a preview.
 */
@Controller
@RequestMapping("/portal/cases/{caseId}/documents/{documentId}")
class PortalDocumentController {

    private final PortalQueries portal;
    private final PortalDocuments documents;
    private final DocumentComments comments;
    private final DocumentRevisions revisions;

    PortalDocumentController(PortalQueries portal, PortalDocuments documents, DocumentComments comments,
            DocumentRevisions revisions) {
        this.portal = portal;
        this.documents = documents;
        this.comments = comments;
        this.revisions = revisions;
    }

    /** The page; without {@code page} the thread shows its last page, where the newest comments are. */
    @GetMapping
    String show(Actor actor, @PathVariable long caseId, @PathVariable long documentId,
            @RequestParam(required = false) Integer page, Model model) {
        PortalDocumentDetails document = documents.document(actor, caseId, documentId);
        model.addAttribute("document", document);
        model.addAttribute("comments", comments.portalThread(actor, caseId, documentId, page, PageResult.DEFAULT_SIZE));
        List<ProposalRow> proposals = revisions.portalProposals(actor, caseId, documentId);
        boolean awaitingDecision = proposals.stream().anyMatch(proposal -> proposal.state() == ProposalState.PENDING);
        model.addAttribute("proposals", proposals);
        model.addAttribute("mayDownload", documents.mayDownload(actor, caseId));
        model.addAttribute("mayComment", comments.mayCommentInPortal(actor, caseId));
        model.addAttribute("mayPropose", document.clientMayRevise() && !awaitingDecision
                && revisions.mayProposeInPortal(actor, caseId));
        model.addAttribute("maxUploadSize", documents.maxUploadSize());
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", NewComment.empty());
        }
        return PortalController.casePage(portal.caseView(actor, caseId), PortalSection.DOCUMENTS, model,
                "portal/case/document");
    }

    /** Posts the contact's comment (404 unless they may); a form with errors comes back with them. */
    @PostMapping("/comments")
    String comment(Actor actor, @PathVariable long caseId, @PathVariable long documentId,
            @Valid @ModelAttribute("commentForm") NewComment commentForm, BindingResult errors,
            RedirectAttributes redirect) {
        comments.requirePortalComment(actor, caseId, documentId);
        if (!errors.hasErrors()) {
            try {
                comments.commentInPortal(actor, caseId, documentId, commentForm);
                redirect.addFlashAttribute("notice", "Comment sent. The firm is told.");
                return page(caseId, documentId) + "#thread";
            } catch (RejectedInputException refusal) {
                errors.rejectValue(refusal.field(), "rejected", refusal.getMessage());
            }
        }
        redirect.addFlashAttribute("commentForm", commentForm);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "commentForm", errors);
        return page(caseId, documentId) + "#comment-form";
    }

    /** Uploads a revised version, a proposal the firm accepts or rejects; a refused file is reported, nothing kept. */
    @PostMapping("/revisions")
    String propose(Actor actor, @PathVariable long caseId, @PathVariable long documentId,
            @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        try (InputStream content = file.getInputStream()) {
            int version = revisions.propose(actor, caseId, documentId, file.getOriginalFilename(), content);
            redirect.addFlashAttribute("notice", "Sent to the firm as version " + version
                    + ". It becomes the current version once they accept it.");
        } catch (RejectedInputException | CollaborationRefusedException refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return page(caseId, documentId) + "#revision";
    }

    private static String page(long caseId, long documentId) {
        return "redirect:/portal/cases/" + caseId + "/documents/" + documentId;
    }
}
