package org.caseport.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who holds what in a generated firm, decided from the seed before a row is written: which
 * client each case and contact belongs to (a few big clients, a long tail of small ones, by a
 * Zipf law), each case's lead, dates and status, and how many time slips, documents and expenses
 * it has (most cases a handful, about one in a hundred running for years with thousands of slips).
 * Client 0 is the biggest; its case 0 is the longest-running, which the load test reads.
 */
final class FirmPlan {

    static final String[] STATUSES = {"OPEN", "ACTIVE", "ON_HOLD", "CLOSED"};
    private static final double LONG_RUNNING_SHARE_OF_CASES = 0.01;
    private static final double LONG_RUNNING_SHARE_OF_SLIPS = 0.6;

    final FirmSize size;
    final LocalDate asOf;
    final int[] caseClient;
    final int[] caseLead;
    final int[] caseSecond;
    final LocalDate[] opened;
    final LocalDate[] closed;
    final String[] status;
    final int[] slips;
    final int[] documents;
    final int[] expenses;
    final int[] contactClient;
    final boolean[] contactHasAccount;
    final List<List<Integer>> casesOfClient = new ArrayList<>();
    final List<List<Integer>> contactsOfClient = new ArrayList<>();

    FirmPlan(FirmSize size, long seed, LocalDate asOf) {
        this.size = size;
        this.asOf = asOf;
        int cases = size.cases;
        caseClient = new int[cases];
        caseLead = new int[cases];
        caseSecond = new int[cases];
        opened = new LocalDate[cases];
        closed = new LocalDate[cases];
        status = new String[cases];
        contactClient = new int[size.contacts];
        contactHasAccount = new boolean[size.contacts];
        for (int client = 0; client < size.clients(); client++) {
            casesOfClient.add(new ArrayList<>());
            contactsOfClient.add(new ArrayList<>());
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] longRunning = planCases(random);
        slips = slipCounts(longRunning, random);
        documents = apportion(weights(slips, 10), size.documents, random);
        expenses = apportion(weights(slips, 20), size.expenses(), random);
        planContacts(random);
    }

    private boolean[] planCases(SplittableRandom random) {
        double[] clientWeights = zipf(size.clients(), 1.0);
        double[] leadWeights = zipf(size.investigators, 0.5);
        boolean[] longRunning = new boolean[size.cases];
        for (int kase = 0; kase < size.cases; kase++) {
            longRunning[kase] = kase == 0 || random.nextDouble() < LONG_RUNNING_SHARE_OF_CASES;
            caseClient[kase] = kase == 0 ? 0 : sample(clientWeights, random);
            caseLead[kase] = sample(leadWeights, random);
            int second = size.investigators > 1 && random.nextDouble() < 0.3 ? sample(leadWeights, random) : -1;
            caseSecond[kase] = second == caseLead[kase] ? -1 : second;
            planDatesAndStatus(kase, longRunning[kase], random);
            casesOfClient.get(caseClient[kase]).add(kase);
        }
        return longRunning;
    }

    private void planDatesAndStatus(int kase, boolean longRunning, SplittableRandom random) {
        int daysAgo = longRunning ? 3 * 365 + random.nextInt(5 * 365) : random.nextInt(8 * 365);
        opened[kase] = asOf.minusDays(daysAgo);
        double draw = random.nextDouble();
        if (longRunning) {
            status[kase] = "ACTIVE";
        } else if (daysAgo > 365 && draw < 0.85 || draw < 0.1) {
            status[kase] = "CLOSED";
            closed[kase] = opened[kase].plusDays(random.nextInt(Math.max(1, Math.min(300, daysAgo))));
        } else {
            status[kase] = draw < 0.3 ? "OPEN" : draw < 0.9 ? "ACTIVE" : "ON_HOLD";
        }
    }

    /** Long-running cases share 60% of the slips (case 0 the most); the rest spread exponentially. */
    private int[] slipCounts(boolean[] longRunning, SplittableRandom random) {
        double[] longWeights = new double[size.cases];
        double[] shortWeights = new double[size.cases];
        for (int kase = 0; kase < size.cases; kase++) {
            if (longRunning[kase]) {
                longWeights[kase] = kase == 0 ? 6000 : 2000 + random.nextDouble() * 3000;
            } else {
                shortWeights[kase] = -Math.log(1 - random.nextDouble()) + 0.05;
            }
        }
        int longTotal = (int) Math.round(size.timeSlips * LONG_RUNNING_SHARE_OF_SLIPS);
        int[] longCounts = apportion(longWeights, longTotal, random);
        int[] shortCounts = apportion(shortWeights, size.timeSlips - longTotal, random);
        int[] counts = new int[size.cases];
        for (int kase = 0; kase < size.cases; kase++) {
            counts[kase] = longCounts[kase] + shortCounts[kase];
        }
        return counts;
    }

    /** Every client has a contact; the others go to clients by the same law as cases. */
    private void planContacts(SplittableRandom random) {
        double[] clientWeights = zipf(size.clients(), 1.0);
        for (int contact = 0; contact < size.contacts; contact++) {
            int client = contact < size.clients() ? contact : sample(clientWeights, random);
            contactClient[contact] = client;
            contactHasAccount[contact] = contact == 0 || random.nextDouble() < 0.8;
            contactsOfClient.get(client).add(contact);
        }
    }

    static double[] weights(int[] counts, int per) {
        double[] weights = new double[counts.length];
        for (int index = 0; index < counts.length; index++) {
            weights[index] = 1 + counts[index] / (double) per;
        }
        return weights;
    }

    /** Shares of {@code total} in proportion to the weights, fractions rounded at random. */
    static int[] apportion(double[] weights, int total, SplittableRandom random) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        int[] shares = new int[weights.length];
        if (sum == 0) {
            return shares;
        }
        for (int index = 0; index < weights.length; index++) {
            double exact = weights[index] / sum * total;
            shares[index] = (int) exact + (random.nextDouble() < exact - Math.floor(exact) ? 1 : 0);
        }
        return shares;
    }

    /** Cumulative weights 1/(rank+1)^exponent, for {@link #sample}. */
    static double[] zipf(int count, double exponent) {
        double[] cumulative = new double[count];
        double sum = 0;
        for (int rank = 0; rank < count; rank++) {
            sum += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
        return cumulative;
    }

    static int sample(double[] cumulative, SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < target) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The last day a case's records may carry: its closing day, else the as-of day. */
    LocalDate lastDay(int kase) {
        return closed[kase] != null ? closed[kase] : asOf;
    }

    int accounts() {
        int accounts = 0;
        for (boolean has : contactHasAccount) {
            accounts += has ? 1 : 0;
        }
        return accounts;
    }
}
