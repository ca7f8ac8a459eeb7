-- Case reports (issue 8): a PDF is built outside the request, by a bounded pool of workers, into a
-- file under caseport.reports.path; this row is its record while it is queued, built and kept.
-- requested_by is the signed-in account that asked (a staff member previewing the portal included),
-- the only one that may see the job and download its file. for_contact is the contact whose portal
-- view the report shows (null for a staff report, the full internal version).

create table report_jobs (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references cases (id),
    kind         text not null check (kind in ('CASE_REPORT')),
    audience     text not null check (audience in ('STAFF', 'PORTAL')),
    requested_by bigint not null references user_accounts (id),
    for_contact  bigint references user_accounts (id),
    status       text not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress     int not null default 0 check (progress between 0 and 100),
    file_key     text,
    file_size    bigint,
    failure      text,
    requested_at timestamptz not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz,
    check ((audience = 'PORTAL') = (for_contact is not null)),
    check ((status = 'DONE') = (file_key is not null))
);
create index report_jobs_owner_idx on report_jobs (requested_by, case_id, requested_at desc);
-- The cleanup looks for finished jobs past their retention and unfinished ones past their time.
create index report_jobs_finished_idx on report_jobs (finished_at);

-- The firm's standard profile already shows Reports; it now lets contacts generate them too, so
-- its section has a page. Other profiles are left as their admins made them.
update portal_profiles set actions = array_append(actions, 'GENERATE_REPORT')
    where name = 'Standard' and not ('GENERATE_REPORT' = any(actions));
