package org.caseport.staff.web;

import jakarta.validation.Valid;
import org.caseport.billing.BudgetAlertSettings;
import org.caseport.billing.BudgetAlerts;
import org.caseport.identity.Actor;
import org.caseport.shared.RejectedInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins choose at which shares of a case's budget staff are warned, and whether contacts are too. */
@Controller
@RequestMapping("/app/admin/budget-alerts")
class BudgetAlertsController {

    private final BudgetAlerts budgetAlerts;

    BudgetAlertsController(BudgetAlerts budgetAlerts) {
        this.budgetAlerts = budgetAlerts;
    }

    @ModelAttribute("section")
    String section() {
        return "admin";
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("budgetAlertsForm", BudgetAlertsForm.of(budgetAlerts.settings()));
        return "staff/admin/budget-alerts";
    }

    @PostMapping
    String save(Actor actor, @Valid @ModelAttribute BudgetAlertsForm budgetAlertsForm, BindingResult errors,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                BudgetAlertSettings settings = budgetAlertsForm.toSettings();
                budgetAlerts.changeSettings(actor, settings);
                redirect.addFlashAttribute("notice", "Budget alerts saved: staff are warned at "
                        + settings.percentages() + " of a case's budget"
                        + (settings.warnContacts() ? ", and so are the client's contacts." : "."));
                return "redirect:/app/admin/budget-alerts";
            } catch (RejectedInputException refused) {
                Forms.reject(errors, refused);
            }
        }
        return "staff/admin/budget-alerts";
    }
}
