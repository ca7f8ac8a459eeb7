package org.caseport.renewals;

/** What happens to a renewal at its date: a client's instruction, or the default when they give none. */
public enum RenewalOutcome {
    RENEW("Renew", "renew"),
    LAPSE("Let lapse", "let lapse");

    private final String label;
    private final String verb;

    RenewalOutcome(String label, String verb) {
        this.label = label;
        this.verb = verb;
    }

    public String label() {
        return label;
    }

    /** The instruction as a sentence says it: "… instructed to let lapse". */
    public String verb() {
        return verb;
    }
}
