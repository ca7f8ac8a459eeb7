package org.caseport.approvals;

/** Where an approval request stands; only an OPEN one can be answered or withdrawn. */
public enum ApprovalStatus {
    OPEN("Waiting for the client"),
    APPROVED("Approved"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn"),
    EXPIRED("Expired");

    private final String label;

    ApprovalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
