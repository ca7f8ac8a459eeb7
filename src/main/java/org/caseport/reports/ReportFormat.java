package org.caseport.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.caseport.shared.Money;

/** Dates and money in a report as the pages show them: "3 Nov 2026", "1,234.50". */
public final class ReportFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", Locale.ENGLISH);

    private ReportFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(zone));
    }

    /** A point in time with its zone, for readers elsewhere: "3 Nov 2026 14:02 GMT". */
    public static String moment(Instant instant, ZoneId zone) {
        return MOMENT.format(instant.atZone(zone));
    }

    public static String money(BigDecimal amount) {
        return amount == null ? null : Money.format(amount);
    }

    /** Facts as lines of text, "Label: value", leaving out those without a value. */
    public static String lines(List<ReportDocument.Fact> facts) {
        return facts.stream().filter(fact -> fact.value() != null)
                .map(fact -> fact.label() + ": " + fact.value()).collect(Collectors.joining("\n"));
    }

    public static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }
}
