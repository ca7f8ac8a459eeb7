-- Figures the portal dashboard reads for every case a contact sees (issue 9): a contact of a large
-- client sees thousands of cases, so these are kept as their items are written, by triggers (every
-- writer keeps them true), instead of being computed from every time slip at each visit.
-- rebuild_portal_rollups() computes them from scratch: below, for the data already here, and after
-- a bulk load that switched the triggers off (bench/generate.sh).

-- What was spent on a case in a month, as the budget bar counts it: billable time at hours x rate
-- rounded to the cent by slip, plus billable expenses, by the month of the work or the expense. Each
-- row also names the case's client: spend over time reads a client's months from one index.
create table case_spend_months (
    case_id   bigint not null references cases (id) on delete cascade,
    month     date not null check (month = date_trunc('month', month)),
    amount    numeric(16, 2) not null,
    client_id bigint not null,
    primary key (case_id, month)
);
create index case_spend_months_client_idx on case_spend_months (client_id, month) include (case_id, amount);

create function add_case_spend(spent_case bigint, spent_on date, spent numeric) returns void
    language sql as $$
    insert into case_spend_months (case_id, month, amount, client_id)
    select spent_case, cast(date_trunc('month', spent_on) as date), spent, c.client_id
    from cases c where c.id = spent_case
    on conflict (case_id, month) do update set amount = case_spend_months.amount + excluded.amount
$$;

create function track_time_slip_spend() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.billable then
        perform add_case_spend(old.case_id, old.work_date, -round(old.hours * old.rate, 2));
    end if;
    if tg_op <> 'DELETE' and new.billable then
        perform add_case_spend(new.case_id, new.work_date, round(new.hours * new.rate, 2));
    end if;
    return null;
end
$$;
create trigger time_slips_track_spend
    after insert or delete or update of case_id, work_date, hours, rate, billable on time_slips
    for each row execute function track_time_slip_spend();

create function track_expense_spend() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.billable then
        perform add_case_spend(old.case_id, old.spent_on, -old.amount);
    end if;
    if tg_op <> 'DELETE' and new.billable then
        perform add_case_spend(new.case_id, new.spent_on, new.amount);
    end if;
    return null;
end
$$;
create trigger expenses_track_spend
    after insert or delete or update of case_id, spent_on, amount, billable on expenses
    for each row execute function track_expense_spend();

-- A case moved to another client takes its spend along.
create function move_case_spend() returns trigger language plpgsql as $$
begin
    update case_spend_months set client_id = new.client_id where case_id = new.id;
    return null;
end
$$;
create trigger cases_move_spend after update of client_id on cases
    for each row when (old.client_id is distinct from new.client_id) execute function move_case_spend();

-- Moments each case keeps: when something (a note, an expense, a subject) was last shared, by when
-- it was written — the dashboard lists a contact's cases newest first by it —, and when its newest
-- shared note, shared document and status change happened — recent activity walks the client's
-- cases by them instead of probing every case.
alter table cases add column last_shared_at timestamptz,
                  add column last_note_shared_at timestamptz,
                  add column last_document_shared_at timestamptz,
                  add column last_status_changed_at timestamptz;
create index cases_client_last_shared_idx on cases (client_id, last_shared_at desc nulls last, number desc);
create index cases_client_note_shared_idx on cases (client_id, last_note_shared_at desc)
    where last_note_shared_at is not null;
create index cases_client_document_shared_idx on cases (client_id, last_document_shared_at desc)
    where last_document_shared_at is not null;
create index cases_client_status_changed_idx on cases (client_id, last_status_changed_at desc)
    where last_status_changed_at is not null;
-- The portal's questions over a client's cases (how many the contact sees, which show the budget)
-- read only the id and portal profile besides the client: answered from the index alone. It
-- replaces the index on client_id, its prefix.
create index cases_client_cover_idx on cases (client_id, id) include (portal_profile_id);
drop index cases_client_idx;

create function refresh_last_shared(shared_case bigint) returns void language sql as $$
    update cases c
    set last_shared_at = greatest(
            (select max(t.created_at) from time_slips t where t.case_id = c.id and t.visibility = 'CLIENT'),
            (select max(e.created_at) from expenses e where e.case_id = c.id and e.visibility = 'CLIENT'),
            (select max(s.created_at) from subjects s where s.case_id = c.id and s.visibility = 'CLIENT'))
    where c.id = shared_case
$$;

create function track_last_shared() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.visibility = 'CLIENT' then
        perform refresh_last_shared(old.case_id);
    end if;
    if tg_op <> 'DELETE' and new.visibility = 'CLIENT'
            and (tg_op = 'INSERT' or old.visibility <> 'CLIENT' or old.case_id <> new.case_id) then
        perform refresh_last_shared(new.case_id);
    end if;
    return null;
end
$$;
create trigger time_slips_track_last_shared
    after insert or delete or update of case_id, visibility, created_at on time_slips
    for each row execute function track_last_shared();
create trigger expenses_track_last_shared
    after insert or delete or update of case_id, visibility, created_at on expenses
    for each row execute function track_last_shared();
create trigger subjects_track_last_shared
    after insert or delete or update of case_id, visibility, created_at on subjects
    for each row execute function track_last_shared();

-- The newest shared note (time slip) or document of a case, by when it became shared (V14's
-- shared_at); one function for both tables.
create function refresh_newest_shared(shared_case bigint, kind text) returns void language plpgsql as $$
begin
    if kind = 'time_slips' then
        update cases c set last_note_shared_at = (select max(t.shared_at) from time_slips t
                                                  where t.case_id = c.id and t.visibility = 'CLIENT')
        where c.id = shared_case;
    else
        update cases c set last_document_shared_at = (select max(d.shared_at) from documents d
                                                      where d.case_id = c.id and d.visibility = 'CLIENT')
        where c.id = shared_case;
    end if;
end
$$;

create function track_newest_shared() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.visibility = 'CLIENT' then
        perform refresh_newest_shared(old.case_id, tg_table_name);
    end if;
    if tg_op <> 'DELETE' and new.visibility = 'CLIENT' then
        perform refresh_newest_shared(new.case_id, tg_table_name);
    end if;
    return null;
end
$$;
create trigger time_slips_track_note_shared
    after insert or delete or update of case_id, visibility, shared_at on time_slips
    for each row execute function track_newest_shared();
create trigger documents_track_document_shared
    after insert or delete or update of case_id, visibility, shared_at on documents
    for each row execute function track_newest_shared();

-- Status changes are only ever added.
create function track_status_changed() returns trigger language plpgsql as $$
begin
    update cases set last_status_changed_at = greatest(last_status_changed_at, new.changed_at)
    where id = new.case_id;
    return null;
end
$$;
create trigger case_status_changes_track_changed after insert on case_status_changes
    for each row execute function track_status_changed();

create function rebuild_portal_rollups() returns void language sql as $$
    delete from case_spend_months;
    insert into case_spend_months (case_id, month, amount, client_id)
    select s.case_id, s.month, sum(s.amount), min(c.client_id)
    from (select t.case_id, cast(date_trunc('month', t.work_date) as date) as month,
                 round(t.hours * t.rate, 2) as amount
          from time_slips t where t.billable
          union all
          select e.case_id, cast(date_trunc('month', e.spent_on) as date), e.amount
          from expenses e where e.billable) s
    join cases c on c.id = s.case_id
    group by s.case_id, s.month;
    update cases c
    set last_shared_at = m.shared, last_note_shared_at = m.note, last_document_shared_at = m.document,
        last_status_changed_at = m.status
    from (select c.id,
                 greatest((select max(t.created_at) from time_slips t where t.case_id = c.id and t.visibility = 'CLIENT'),
                          (select max(e.created_at) from expenses e where e.case_id = c.id and e.visibility = 'CLIENT'),
                          (select max(s.created_at) from subjects s where s.case_id = c.id and s.visibility = 'CLIENT'))
                     as shared,
                 (select max(t.shared_at) from time_slips t where t.case_id = c.id and t.visibility = 'CLIENT') as note,
                 (select max(d.shared_at) from documents d where d.case_id = c.id and d.visibility = 'CLIENT')
                     as document,
                 (select max(s.changed_at) from case_status_changes s where s.case_id = c.id) as status
          from cases c) m
    where m.id = c.id
      and (c.last_shared_at, c.last_note_shared_at, c.last_document_shared_at, c.last_status_changed_at)
          is distinct from (m.shared, m.note, m.document, m.status);
$$;

select rebuild_portal_rollups();
