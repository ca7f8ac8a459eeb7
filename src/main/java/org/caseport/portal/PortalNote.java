package org.caseport.portal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A shared case note; hours and rate are null when the profile hides them. */
public record PortalNote(long id, LocalDate workDate, String staffName, BigDecimal hours, BigDecimal rate,
        String body) {
}
