/**
 * Approval requests: staff ask a client for a decision on a case ("Two more surveillance days:
 * +1,800.00"), contacts answer in the portal, once, on the record. An approved budget request
 * raises the case's authorised budget ({@link org.caseport.approvals.BudgetIncreaseApproved}, which
 * billing turns into a ledger entry in the same transaction); every decision is written on the case
 * as a no-charge note the client sees ({@link org.caseport.approvals.ApprovalDecided}).
 */
package org.caseport.approvals;
