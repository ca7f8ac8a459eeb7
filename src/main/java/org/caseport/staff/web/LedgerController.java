package org.caseport.staff.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.caseport.billing.BillingQueries;
import org.caseport.billing.BillingService;
import org.caseport.billing.LedgerEntryKind;
import org.caseport.cases.CaseQueries;
import org.caseport.identity.Actor;
import org.caseport.shared.RejectedInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The budget &amp; retainer tab of a case: the totals and the entries behind them. */
@Controller
@RequestMapping("/app/cases/{caseId}/ledger")
class LedgerController {

    private final CaseQueries caseQueries;
    private final BillingQueries billingQueries;
    private final BillingService billingService;
    private final Clock clock;

    LedgerController(CaseQueries caseQueries, BillingQueries billingQueries, BillingService billingService,
            Clock clock) {
        this.caseQueries = caseQueries;
        this.billingQueries = billingQueries;
        this.billingService = billingService;
        this.clock = clock;
    }

    @ModelAttribute("section")
    String section() {
        return "cases";
    }

    @GetMapping
    String show(Actor actor, @PathVariable long caseId, Model model) {
        model.addAttribute("ledgerEntryForm", LedgerEntryForm.empty(LocalDate.now(clock)));
        return view(actor, caseId, model);
    }

    @PostMapping
    String record(Actor actor, @PathVariable long caseId, @Valid @ModelAttribute LedgerEntryForm ledgerEntryForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                billingService.recordLedgerEntry(actor, caseId, ledgerEntryForm.kind(), ledgerEntryForm.amount(),
                        ledgerEntryForm.entryDate(), ledgerEntryForm.reference());
                redirect.addFlashAttribute("notice", ledgerEntryForm.kind().label() + " recorded.");
                return "redirect:/app/cases/" + caseId + "/ledger";
            } catch (RejectedInputException refusal) {
                Forms.reject(errors, refusal);
            }
        }
        return view(actor, caseId, model);
    }

    private String view(Actor actor, long caseId, Model model) {
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("tab", "ledger");
        model.addAttribute("ledger", billingQueries.ledger(actor, caseId));
        model.addAttribute("entries", billingQueries.ledgerEntries(actor, caseId));
        model.addAttribute("kinds", List.of(LedgerEntryKind.RETAINER_PAYMENT, LedgerEntryKind.BUDGET_INCREASE));
        return "staff/cases/ledger";
    }
}
