package org.caseport.renewals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How renewals are written in mails, notes and refusals: money to the cent, days, terms. */
final class RenewalTexts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

    private RenewalTexts() {
    }


    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String term(int months) {
        return months == 1 ? "1 month" : months + " months";
    }
}
