-- Figures the portal dashboard reads for every case a contact sees (issue 9): a contact of a large
-- client sees thousands of cases, so these are kept as their items are written, by triggers (every
-- writer keeps them true), instead of being computed from every time slip at each visit.
-- rebuild_portal_rollups() computes them from scratch: below, for the data already here, and after
-- a bulk load that switched the triggers off (bench/generate.sh).

-- What was spent on a case in a month, as the budget bar counts it: billable time at hours x rate
-- rounded to the cent by slip, plus billable expenses, by the month of the work or the expense.
create table case_spend_months (
    case_id bigint not null references cases (id) on delete cascade,
    month   date not null check (month = date_trunc('month', month)),
    amount  numeric(16, 2) not null,
    primary key (case_id, month)
);

create function add_case_spend(spent_case bigint, spent_on date, spent numeric) returns void
    language sql as $$
    insert into case_spend_months (case_id, month, amount)
    values (spent_case, cast(date_trunc('month', spent_on) as date), spent)
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

-- When something was last shared on a case: the newest shared note, expense or subject (by when
-- it was written). The dashboard lists a contact's cases newest first by it.
alter table cases add column last_shared_at timestamptz;
create index cases_client_last_shared_idx on cases (client_id, last_shared_at desc nulls last, number desc);

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

create function rebuild_portal_rollups() returns void language sql as $$
    delete from case_spend_months;
    insert into case_spend_months (case_id, month, amount)
    select s.case_id, s.month, sum(s.amount)
    from (select t.case_id, cast(date_trunc('month', t.work_date) as date) as month,
                 round(t.hours * t.rate, 2) as amount
          from time_slips t where t.billable
          union all
          select e.case_id, cast(date_trunc('month', e.spent_on) as date), e.amount
          from expenses e where e.billable) s
    group by s.case_id, s.month;
    update cases c set last_shared_at = l.newest
    from (select case_id, max(created_at) as newest
          from (select case_id, created_at from time_slips where visibility = 'CLIENT'
                union all select case_id, created_at from expenses where visibility = 'CLIENT'
                union all select case_id, created_at from subjects where visibility = 'CLIENT') shared
          group by case_id) l
    where l.case_id = c.id and c.last_shared_at is distinct from l.newest;
$$;

select rebuild_portal_rollups();
