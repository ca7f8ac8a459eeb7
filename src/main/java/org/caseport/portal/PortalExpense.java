package org.caseport.portal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A shared expense; the amount is null when the profile hides amounts. */
public record PortalExpense(long id, LocalDate spentOn, String category, String description, BigDecimal amount) {
}
