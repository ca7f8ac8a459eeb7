package org.caseport.staff.web;

import org.caseport.shared.RejectedInputException;
import org.springframework.validation.BindingResult;

/** Small helpers shared by the staff controllers' form handling. */
final class Forms {

    private Forms() {
    }

    /** Shows a service's refusal as an error on the field it names. */
    static void reject(BindingResult errors, RejectedInputException refusal) {
        errors.rejectValue(refusal.field(), "rejected", refusal.getMessage());
    }

    static int page(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }
}
