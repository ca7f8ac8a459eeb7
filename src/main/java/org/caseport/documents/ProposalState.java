package org.caseport.documents;

/** Where a version a contact proposed stands: awaiting staff, accepted into the chain, or rejected. */
public enum ProposalState {
    PENDING("Awaiting the firm's review"), ACCEPTED("Accepted"), REJECTED("Not accepted");

    private final String label;

    ProposalState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
