-- Tasks on a case (issue 8): what is scheduled or awaited ("Surveillance scheduled 3-4 Dec"),
-- who does it, by when. INTERNAL until staff share one; contacts see shared tasks where their
-- profile shows the Tasks section (added to the firm's Standard profile here).

create table case_tasks (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references cases (id),
    title        text not null check (length(title) between 1 and 200),
    assignee_id  bigint references user_accounts (id),
    due_on       date,
    status       text not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    visibility   text not null default 'INTERNAL' check (visibility in ('INTERNAL', 'CLIENT')),
    created_by   bigint not null references user_accounts (id),
    created_at   timestamptz not null default now(),
    completed_at timestamptz,
    version      int not null default 0
);
create index case_tasks_case_idx on case_tasks (case_id, due_on nulls last, id);
-- "My tasks" and overdue tasks: open work by assignee and by date.
create index case_tasks_open_assignee_idx on case_tasks (assignee_id, due_on) where status <> 'DONE';
create index case_tasks_open_due_idx on case_tasks (due_on) where status <> 'DONE';

update portal_profiles set sections = array_append(sections, 'TASKS')
    where name = 'Standard' and not ('TASKS' = any(sections));
