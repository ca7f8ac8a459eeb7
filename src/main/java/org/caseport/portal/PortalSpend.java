package org.caseport.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.caseport.shared.Money;

/**
 * Spend per month over the last twelve, oldest first, across the contact's granted cases whose
 * profile shows the budget; {@code shown} is false when none does, and then the months are empty.
 */
public record PortalSpend(boolean shown, List<Month> months) {

    /** What was spent in a month (billable time and expenses dated in it): a bar of the chart. */
    public record Month(LocalDate firstDay, BigDecimal spent) {

        private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

        public String label() {
            return LABEL.format(firstDay);
        }

        /** The bar's length, against {@link PortalSpend#largest()}. */
        public BigDecimal value() {
            return spent;
        }

        public String shown() {
            return Money.format(spent);
        }
    }

    /** Whether nothing at all was spent in the twelve months. */
    public boolean nothingSpent() {
        return months.stream().allMatch(month -> month.spent().signum() == 0);
    }

    /** The largest month, which the bars are drawn to scale against (never zero). */
    public BigDecimal largest() {
        return months.stream().map(Month::spent).max(BigDecimal::compareTo)
                .filter(largest -> largest.signum() > 0).orElse(BigDecimal.ONE);
    }
}
