package org.caseport.staff.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.caseport.billing.BillingQueries;
import org.caseport.billing.BillingService;
import org.caseport.cases.CaseQueries;
import org.caseport.identity.Actor;
import org.caseport.shared.PageResult;
import org.caseport.shared.Visibility;
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

/** The expenses tab of a case. */
@Controller
@RequestMapping("/app/cases/{caseId}/expenses")
class ExpenseController {

    private final CaseQueries caseQueries;
    private final BillingQueries billingQueries;
    private final BillingService billingService;
    private final Clock clock;

    ExpenseController(CaseQueries caseQueries, BillingQueries billingQueries, BillingService billingService,
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
    String list(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("expenseForm", ExpenseForm.empty(LocalDate.now(clock)));
        return listView(actor, caseId, Forms.page(page), model);
    }

    @PostMapping
    String record(Actor actor, @PathVariable long caseId, @Valid @ModelAttribute ExpenseForm expenseForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return listView(actor, caseId, 0, model);
        }
        billingService.recordExpense(actor, caseId, expenseForm.toDetails());
        redirect.addFlashAttribute("notice", "Expense added.");
        return "redirect:/app/cases/" + caseId + "/expenses";
    }

    @GetMapping("/{expenseId}/edit")
    String edit(Actor actor, @PathVariable long caseId, @PathVariable long expenseId, Model model) {
        model.addAttribute("expenseForm", ExpenseForm.of(billingQueries.expense(actor, caseId, expenseId)));
        return editView(actor, caseId, expenseId, model);
    }

    @PostMapping("/{expenseId}")
    String revise(Actor actor, @PathVariable long caseId, @PathVariable long expenseId,
            @Valid @ModelAttribute ExpenseForm expenseForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return editView(actor, caseId, expenseId, model);
        }
        billingService.reviseExpense(actor, caseId, expenseId, expenseForm.toDetails());
        redirect.addFlashAttribute("notice", "Expense updated.");
        return "redirect:/app/cases/" + caseId + "/expenses";
    }

    @PostMapping("/{expenseId}/visibility")
    String changeVisibility(Actor actor, @PathVariable long caseId, @PathVariable long expenseId,
            @RequestParam Visibility visibility, RedirectAttributes redirect) {
        billingService.changeExpenseVisibility(actor, caseId, expenseId, visibility);
        redirect.addFlashAttribute("notice", visibility == Visibility.CLIENT
                ? "The expense is now shared with the client." : "The expense is now internal.");
        return "redirect:/app/cases/" + caseId + "/expenses";
    }

    private String listView(Actor actor, long caseId, int page, Model model) {
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("tab", "expenses");
        model.addAttribute("expenses", billingQueries.expenses(actor, caseId, page, PageResult.DEFAULT_SIZE));
        model.addAttribute("categories", billingQueries.knownCategories());
        return "staff/cases/expenses";
    }

    private String editView(Actor actor, long caseId, long expenseId, Model model) {
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("tab", "expenses");
        model.addAttribute("expense", billingQueries.expense(actor, caseId, expenseId));
        model.addAttribute("categories", billingQueries.knownCategories());
        return "staff/cases/expense-edit";
    }
}
