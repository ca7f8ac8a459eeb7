-- What the portal dashboard's "recent shared activity" reads (issue 8): when each note and document
-- was last shared with the client, the case's status changes, and the contact's previous sign-in
-- ("last visit"), which decides what is marked new.

-- When the client could first see the item in its current sharing: set as it becomes CLIENT, cleared
-- as it becomes INTERNAL again. Kept by the database, so every writer (the aggregates, which do not
-- map the column, and set-based inserts) keeps it true.
alter table time_slips add column shared_at timestamptz;
alter table documents add column shared_at timestamptz;

create function track_sharing() returns trigger language plpgsql as $$
begin
    if new.visibility <> 'CLIENT' then
        new.shared_at := null;
    elsif tg_op = 'INSERT' then
        new.shared_at := coalesce(new.shared_at, now());
    elsif old.visibility <> 'CLIENT' then
        new.shared_at := now();
    else
        new.shared_at := coalesce(new.shared_at, old.shared_at);
    end if;
    return new;
end
$$;
create trigger time_slips_track_sharing before insert or update on time_slips
    for each row execute function track_sharing();
create trigger documents_track_sharing before insert or update on documents
    for each row execute function track_sharing();

-- Items shared before this migration: the best known moment is when they were written.
update time_slips set shared_at = created_at where visibility = 'CLIENT';
update documents set shared_at = created_at where visibility = 'CLIENT';

create index time_slips_shared_idx on time_slips (case_id, shared_at desc) where visibility = 'CLIENT';
create index documents_shared_idx on documents (case_id, shared_at desc) where visibility = 'CLIENT';

-- Each move of a case through its workflow. Who moved it and why stay on the internal note.
create table case_status_changes (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references cases (id),
    from_status text not null check (from_status in ('OPEN', 'ACTIVE', 'ON_HOLD', 'CLOSED')),
    to_status   text not null check (to_status in ('OPEN', 'ACTIVE', 'ON_HOLD', 'CLOSED')),
    changed_on  date not null,
    changed_at  timestamptz not null default now()
);
create index case_status_changes_case_idx on case_status_changes (case_id, changed_at desc);

-- Earlier changes, from the notes Caseport wrote for them ("Status changed from Open to Active by …").
insert into case_status_changes (case_id, from_status, to_status, changed_on, changed_at)
select t.case_id, upper(replace(m[1], ' ', '_')), upper(replace(m[2], ' ', '_')), t.work_date, t.created_at
from time_slips t,
     regexp_match(t.body, '^Status changed from (Open|Active|On hold|Closed) to (Open|Active|On hold|Closed) by ') m
where t.origin = 'SYSTEM' and m is not null
order by t.created_at, t.id;

-- The start of the contact's sign-in before the current one: their "last visit".
alter table user_accounts add column previous_sign_in_at timestamptz;
