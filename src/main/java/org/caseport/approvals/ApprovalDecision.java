package org.caseport.approvals;

/** What a contact answers to an approval request. */
public enum ApprovalDecision {
    APPROVE, DECLINE
}
