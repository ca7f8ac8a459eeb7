-- Spend over time on the portal dashboard sums a client's cases month by month (issue 9). Probing
-- case_spend_months once per case is slow for a client with thousands of cases, so each row also
-- names the case's client, and the dashboard reads the client's months in the window from one index.

alter table case_spend_months add column client_id bigint;
update case_spend_months s set client_id = c.client_id from cases c where c.id = s.case_id;
alter table case_spend_months alter column client_id set not null;
create index case_spend_months_client_idx on case_spend_months (client_id, month) include (case_id, amount);

create or replace function add_case_spend(spent_case bigint, spent_on date, spent numeric) returns void
    language sql as $$
    insert into case_spend_months (case_id, month, amount, client_id)
    select spent_case, cast(date_trunc('month', spent_on) as date), spent, c.client_id
    from cases c where c.id = spent_case
    on conflict (case_id, month) do update set amount = case_spend_months.amount + excluded.amount
$$;

-- A case moved to another client takes its spend along.
create function move_case_spend() returns trigger language plpgsql as $$
begin
    update case_spend_months set client_id = new.client_id where case_id = new.id;
    return null;
end
$$;
create trigger cases_move_spend after update of client_id on cases
    for each row when (old.client_id is distinct from new.client_id) execute function move_case_spend();

create or replace function rebuild_portal_rollups() returns void language sql as $$
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
