package org.caseport.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caseport.shared.RejectedInputException;

/**
 * The firm's budget alerts: the shares of a case's authorised budget, in whole percent, at which
 * staff are warned (sorted, without duplicates, one to five of them, each from 1 to 500), and
 * whether the contacts who see the case's budget in the portal are warned too.
 */
public record BudgetAlertSettings(List<Integer> thresholds, boolean warnContacts) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 500;
    public static final int MOST = 5;

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern WHOLE_PERCENT = Pattern.compile("[0-9]{1,9}%?");

    public BudgetAlertSettings {
        TreeSet<Integer> distinct = new TreeSet<>(thresholds);
        if (distinct.isEmpty()) {
            throw refusal("Enter at least one percentage, e.g. 80, 100.");
        }
        if (distinct.first() < LOWEST || distinct.last() > HIGHEST) {
            throw refusal("Use percentages from " + LOWEST + " to " + HIGHEST + ".");
        }
        if (distinct.size() > MOST) {
            throw refusal("Enter at most " + MOST + " different percentages.");
        }
        thresholds = List.copyOf(distinct);
    }

    /**
     * Reads thresholds as an admin types them: whole percentages separated by commas (or spaces),
     * each with an optional {@code %}, in any order, repeats ignored; e.g. {@code "100, 80%, 80"}.
     * Throws {@link RejectedInputException} on the field {@code thresholds} for anything else.
     */
    public static BudgetAlertSettings parse(String thresholds, boolean warnContacts) {
        List<Integer> values = new ArrayList<>();
        for (String item : SEPARATORS.split(thresholds == null ? "" : thresholds.strip())) {
            if (item.isEmpty()) {
                continue;
            }
            if (!WHOLE_PERCENT.matcher(item).matches()) {
                throw refusal("Enter whole percentages from " + LOWEST + " to " + HIGHEST
                        + ", separated by commas: \"" + item + "\" is not one.");
            }
            values.add(Integer.valueOf(item.replace("%", "")));
        }
        return new BudgetAlertSettings(values, warnContacts);
    }

    /** The thresholds as the settings page shows them: {@code "80, 100"}. */
    public String thresholdsText() {
        return thresholds.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The thresholds as sentences name them: {@code "80%, 100%"}. */
    public String percentages() {
        return thresholds.stream().map(threshold -> threshold + "%").collect(Collectors.joining(", "));
    }

    /** The highest threshold a share of the budget (in whole percent) has reached, if any. */
    public Optional<Integer> highestReachedBy(int percentSpent) {
        return thresholds.stream().filter(threshold -> percentSpent >= threshold).reduce((low, high) -> high);
    }

    private static RejectedInputException refusal(String message) {
        return new RejectedInputException("thresholds", message);
    }
}
