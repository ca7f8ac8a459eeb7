-- Approval requests (issue 7): staff ask the client for a decision on a case, optionally for more
-- budget; a contact whose profile allows it approves or declines, once. The conditional update on
-- status = 'OPEN' is what makes exactly one answer win; an approved budget request adds one
-- BUDGET_INCREASE to the case's ledger in the same transaction.

create table approval_requests (
    id               bigint generated always as identity primary key,
    case_id          bigint not null references cases (id),
    title            text not null check (length(title) between 1 and 200),
    explanation      text check (length(explanation) <= 4000),
    amount           numeric(12, 2) check (amount > 0),
    due_on           date,
    status           text not null default 'OPEN'
                     check (status in ('OPEN', 'APPROVED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')),
    requested_by     bigint not null references user_accounts (id),
    requested_at     timestamptz not null default now(),
    decided_by       bigint references user_accounts (id),
    decided_by_name  text,
    decided_at       timestamptz,
    decision_comment text check (length(decision_comment) <= 2000),
    reminded_at      timestamptz
);
create index approval_requests_case_idx on approval_requests (case_id, requested_at desc, id desc);
-- The scheduled work (reminders, expiry) and the portal dashboard look at open requests only.
create index approval_requests_open_idx on approval_requests (due_on, id) where status = 'OPEN';

-- The firm's standard profile shows approvals and lets contacts answer them; other profiles are
-- left as their admins made them.
update portal_profiles set sections = array_append(sections, 'APPROVALS')
    where name = 'Standard' and not ('APPROVALS' = any(sections));
update portal_profiles set actions = array_append(actions, 'APPROVE')
    where name = 'Standard' and not ('APPROVE' = any(actions));
