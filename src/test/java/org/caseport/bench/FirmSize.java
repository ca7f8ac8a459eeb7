package org.caseport.bench;

import java.util.Locale;

/**
 * How big a generated firm is. Clients are half the contacts (at least three); expenses average
 * five per case and subjects two. Small, medium and large are issue 9's sizes; tiny is for the
 * smoke run in the test suite.
 */
enum FirmSize {

    TINY(30, 1_500, 150, 12, 4),
    SMALL(1_000, 50_000, 5_000, 100, 12),
    MEDIUM(20_000, 1_000_000, 100_000, 2_000, 60),
    LARGE(100_000, 5_000_000, 500_000, 10_000, 200);

    final int cases;
    final int timeSlips;
    final int documents;
    final int contacts;
    final int investigators;

    FirmSize(int cases, int timeSlips, int documents, int contacts, int investigators) {
        this.cases = cases;
        this.timeSlips = timeSlips;
        this.documents = documents;
        this.contacts = contacts;
        this.investigators = investigators;
    }

    int clients() {
        return Math.max(3, contacts / 2);
    }

    int expenses() {
        return cases * 5;
    }

    static FirmSize named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
