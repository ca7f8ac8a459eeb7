package org.caseport.portal.web;

import jakarta.validation.Valid;
import org.caseport.cases.CaseStatus;
import org.caseport.identity.Actor;
import org.caseport.portal.PortalCaseLists;
import org.caseport.portal.PortalCaseLists.Listing;
import org.caseport.portal.PortalCaseSearch;
import org.caseport.portal.PortalSavedSearch;
import org.caseport.portal.PortalSavedSearches;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Your cases": the lists the contact's profiles give them, searched by status, text and opening
 * dates, page by page, with the filters in the address; and the contact's saved searches.
 */
@Controller
@RequestMapping("/portal")
class PortalCaseListController {

    private static final String VIEW = "portal/cases";

    private final PortalCaseLists lists;
    private final PortalSavedSearches savedSearches;

    PortalCaseListController(PortalCaseLists lists, PortalSavedSearches savedSearches) {
        this.lists = lists;
        this.savedSearches = savedSearches;
    }

    @GetMapping("/cases")
    String cases(Actor actor, @Valid @ModelAttribute("search") PortalSearchForm search, BindingResult errors,
            @RequestParam(required = false) Integer page, Model model) {
        if (search != null) {
            search.checkRange(errors);
        }
        if (errors.hasErrors()) {
            // Not run; the lists are still offered around the form and its errors (a form that could not
            // even be read, an unreadable date say, leaves no search: the first list is offered).
            Long list = search == null ? null : search.list();
            Listing listing = lists.search(actor, new PortalCaseSearch(list, null, null, null, null), 0,
                    PageResult.DEFAULT_SIZE);
            model.addAttribute("saveSearch", SaveSearchForm.of(new PortalSearchForm(list, null, null, null, null)));
            return page(actor, listing, false, model);
        }
        model.addAttribute("saveSearch", SaveSearchForm.of(search));
        return page(actor, lists.search(actor, search.toSearch(), page(page), PageResult.DEFAULT_SIZE), true, model);
    }

    /** Runs the contact's saved search again, within what they may see now; anyone else's is 404. */
    @GetMapping("/searches/{searchId}")
    String run(Actor actor, @PathVariable long searchId, @RequestParam(required = false) Integer page, Model model) {
        PortalSavedSearch saved = savedSearches.get(actor, searchId);
        Listing listing = lists.searchSaved(actor, saved, page(page), PageResult.DEFAULT_SIZE);
        PortalSearchForm search = new PortalSearchForm(listing.selected() == null ? null : listing.selected().id(),
                saved.status(), saved.textQuery(), saved.openedFrom(), saved.openedTo());
        model.addAttribute("search", search);
        model.addAttribute("saveSearch", SaveSearchForm.of(search));
        model.addAttribute("running", saved);
        return page(actor, listing, true, model);
    }

    @PostMapping("/searches")
    String save(Actor actor, @Valid @ModelAttribute("saveSearch") SaveSearchForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        savedSearches.requireMayKeep(actor);
        form.search().checkRange(errors);
        if (!errors.hasErrors()) {
            try {
                long id = savedSearches.save(actor, form.name(), form.toSearch());
                redirect.addFlashAttribute("notice", "Search “" + form.name().trim() + "” saved.");
                return "redirect:/portal/searches/" + id;
            } catch (RejectedInputException refused) {
                errors.rejectValue(refused.field(), "rejected", refused.getMessage());
            }
        }
        boolean searchValid = !errors.hasFieldErrors("from") && !errors.hasFieldErrors("to")
                && !errors.hasFieldErrors("q") && !errors.hasFieldErrors("status") && !errors.hasFieldErrors("list");
        model.addAttribute("search", form.search());
        Listing listing = lists.search(actor, searchValid ? form.toSearch()
                : new PortalSearchForm(form.list(), null, null, null, null).toSearch(), 0, PageResult.DEFAULT_SIZE);
        return page(actor, listing, searchValid, model);
    }

    @PostMapping("/searches/{searchId}/delete")
    String delete(Actor actor, @PathVariable long searchId, RedirectAttributes redirect) {
        PortalSavedSearch saved = savedSearches.get(actor, searchId);
        savedSearches.delete(actor, searchId);
        redirect.addFlashAttribute("notice", "Saved search “" + saved.name() + "” deleted.");
        return "redirect:/portal/cases";
    }

    private String page(Actor actor, Listing listing, boolean searched, Model model) {
        model.addAttribute("listing", listing);
        model.addAttribute("searched", searched);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("savedSearches", savedSearches.mine(actor));
        model.addAttribute("mayKeepSearches", savedSearches.mayKeep(actor));
        return VIEW;
    }

    private static int page(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }
}
