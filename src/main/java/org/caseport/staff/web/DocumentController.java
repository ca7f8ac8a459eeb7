package org.caseport.staff.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.caseport.cases.CaseQueries;
import org.caseport.documents.DocumentCategory;
import org.caseport.documents.DownloadResponses;
import org.caseport.documents.DocumentQueries;
import org.caseport.documents.DocumentService;
import org.caseport.documents.NewDocument;
import org.caseport.identity.Actor;
import org.caseport.shared.PageResult;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.Visibility;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The documents tab of a case: the list, uploading files and new versions, sharing, downloading. */
@Controller
@RequestMapping("/app/cases/{caseId}/documents")
class DocumentController {

    private final CaseQueries caseQueries;
    private final DocumentQueries documentQueries;
    private final DocumentService documentService;

    DocumentController(CaseQueries caseQueries, DocumentQueries documentQueries, DocumentService documentService) {
        this.caseQueries = caseQueries;
        this.documentQueries = documentQueries;
        this.documentService = documentService;
    }

    @ModelAttribute("section")
    String section() {
        return "cases";
    }

    @GetMapping
    String list(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("documents", documentQueries.forCase(actor, caseId, Forms.page(page), PageResult.DEFAULT_SIZE));
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("tab", "documents");
        model.addAttribute("categories", DocumentCategory.values());
        return "staff/cases/documents";
    }

    /**
     * Stores each file as a document of its own. The page's script sends a title and a category per
     * file ({@code titles}, {@code categories}, in the order of the files); without it, the one
     * title applies to a single file and the one category to all. A blank title means the file name.
     * A refused file is reported and the others are still stored.
     */
    @PostMapping
    String upload(Actor actor, @PathVariable long caseId, @RequestParam("files") List<MultipartFile> files,
            @RequestParam(required = false) String title, @RequestParam(required = false) DocumentCategory category,
            @RequestParam(required = false) List<String> titles,
            @RequestParam(required = false) List<DocumentCategory> categories,
            @RequestParam(required = false) Visibility visibility, RedirectAttributes redirect) {
        long chosen = files.stream().filter(DocumentController::isChosen).count();
        if (chosen == 0) {
            redirect.addFlashAttribute("problem", "Choose at least one file.");
            return listPage(caseId);
        }
        List<String> problems = new ArrayList<>();
        int stored = 0;
        for (int index = 0; index < files.size(); index++) {
            MultipartFile file = files.get(index);
            if (!isChosen(file)) {
                continue;
            }
            String fileTitle = itemOrElse(titles, index, chosen == 1 ? title : null);
            DocumentCategory fileCategory = itemOrElse(categories, index, category);
            NewDocument details = new NewDocument(file.getOriginalFilename(), fileTitle, fileCategory, visibility);
            try (InputStream content = file.getInputStream()) {
                documentService.upload(actor, caseId, details, content);
                stored++;
            } catch (RejectedInputException refused) {
                problems.add(refused.getMessage());
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
        if (stored > 0) {
            redirect.addFlashAttribute("notice", stored == 1 ? "Document uploaded." : stored + " documents uploaded.");
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problem", String.join(" ", problems));
        }
        return listPage(caseId);
    }

    @PostMapping("/{documentId}/versions")
    String addVersion(Actor actor, @PathVariable long caseId, @PathVariable long documentId,
            @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        try (InputStream content = file.getInputStream()) {
            int version = documentService.addVersion(actor, caseId, documentId, file.getOriginalFilename(), content);
            redirect.addFlashAttribute("notice", "Version " + version + " uploaded.");
        } catch (RejectedInputException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return listPage(caseId);
    }

    @PostMapping("/{documentId}/visibility")
    String changeVisibility(Actor actor, @PathVariable long caseId, @PathVariable long documentId,
            @RequestParam Visibility visibility, RedirectAttributes redirect) {
        documentService.changeVisibility(actor, caseId, documentId, visibility);
        redirect.addFlashAttribute("notice", visibility == Visibility.CLIENT
                ? "The document is now shared with the client." : "The document is now internal.");
        return listPage(caseId);
    }

    /** Who downloaded the document in the portal: name, time, version and source address. */
    @GetMapping("/{documentId}/downloads")
    String downloads(Actor actor, @PathVariable long caseId, @PathVariable long documentId,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("downloads", documentQueries.downloads(actor, caseId, documentId, Forms.page(page),
                PageResult.DEFAULT_SIZE));
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("tab", "documents");
        return "staff/cases/document-downloads";
    }

    @GetMapping("/{documentId}/download")
    ResponseEntity<InputStreamResource> download(Actor actor, @PathVariable long caseId,
            @PathVariable long documentId) {
        return DownloadResponses.attachment(documentService.download(actor, caseId, documentId));
    }

    /** A browser sends an empty, nameless part when no file was chosen. */
    private static boolean isChosen(MultipartFile file) {
        return !file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty());
    }

    private static <T> T itemOrElse(List<T> items, int index, T otherwise) {
        return items != null && index < items.size() && items.get(index) != null ? items.get(index) : otherwise;
    }

    private static String listPage(long caseId) {
        return "redirect:/app/cases/" + caseId + "/documents";
    }
}
