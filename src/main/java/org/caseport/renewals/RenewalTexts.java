package org.caseport.renewals;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How renewals are written in mails, notes and refusals: money to the cent, days, terms. */
final class RenewalTexts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

    private RenewalTexts() {
    }

    static String money(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String term(int months) {
        return months == 1 ? "1 month" : months + " months";
    }
}
