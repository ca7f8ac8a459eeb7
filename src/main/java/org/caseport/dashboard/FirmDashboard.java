package org.caseport.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** What the firm dashboard shows; every list is short (its first rows) with its full count. */
public record FirmDashboard(List<Count> byStatus, List<Count> byInvestigator, List<BudgetRow> budgetWatch,
        long waitingMessages, List<WaitingThread> threads, long unsharedReports, List<UnsharedReport> reports,
        long silentContacts, List<SilentContact> contacts) {

    /** A bar of a chart ({@code fragments/chart}): a label and how many. */
    public record Count(String label, long count) {

        public long value() {
            return count;
        }

        public String shown() {
            return Long.toString(count);
        }
    }

    /** A case at or past the budget-watch level: spent against authorised. */
    public record BudgetRow(long caseId, String caseNumber, String caseTitle, BigDecimal authorised, BigDecimal spent) {

        public int percent() {
            return authorised.signum() == 0 ? 0 : spent.multiply(BigDecimal.valueOf(100))
                    .divide(authorised, 0, RoundingMode.HALF_UP).intValue();
        }
    }

    public record WaitingThread(long caseId, String caseNumber, Instant since) {
    }

    public record UnsharedReport(long caseId, String caseNumber, long documentId, String title, Instant uploadedAt) {
    }

    public record SilentContact(long clientId, String clientName, String name, String email, boolean hasPassword) {
    }

    /** The largest count of the status chart, which its bars are drawn to scale against. */
    public long statusScale() {
        return largest(byStatus);
    }

    /** The largest count of the investigator chart. */
    public long investigatorScale() {
        return largest(byInvestigator);
    }

    private static long largest(List<Count> counts) {
        return Math.max(1, counts.stream().mapToLong(Count::count).max().orElse(1));
    }
}
