-- The portal dashboard's recent activity (issue 9): for each kind of item it reads the few cases
-- whose newest shared note, shared document or status change is newest. A contact of a large client
-- sees thousands of cases, so each case keeps those moments, by triggers like V18's, and the
-- dashboard walks the client's cases newest first instead of probing every case.

alter table cases add column last_note_shared_at timestamptz,
                  add column last_document_shared_at timestamptz,
                  add column last_status_changed_at timestamptz;
create index cases_client_note_shared_idx on cases (client_id, last_note_shared_at desc)
    where last_note_shared_at is not null;
create index cases_client_document_shared_idx on cases (client_id, last_document_shared_at desc)
    where last_document_shared_at is not null;
create index cases_client_status_changed_idx on cases (client_id, last_status_changed_at desc)
    where last_status_changed_at is not null;

create function refresh_note_shared(shared_case bigint) returns void language sql as $$
    update cases c set last_note_shared_at = (select max(t.shared_at) from time_slips t
                                              where t.case_id = c.id and t.visibility = 'CLIENT')
    where c.id = shared_case
$$;

create function refresh_document_shared(shared_case bigint) returns void language sql as $$
    update cases c set last_document_shared_at = (select max(d.shared_at) from documents d
                                                  where d.case_id = c.id and d.visibility = 'CLIENT')
    where c.id = shared_case
$$;

create function track_note_shared() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.visibility = 'CLIENT' then
        perform refresh_note_shared(old.case_id);
    end if;
    if tg_op <> 'DELETE' and new.visibility = 'CLIENT' then
        perform refresh_note_shared(new.case_id);
    end if;
    return null;
end
$$;
create trigger time_slips_track_note_shared
    after insert or delete or update of case_id, visibility, shared_at on time_slips
    for each row execute function track_note_shared();

create function track_document_shared() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.visibility = 'CLIENT' then
        perform refresh_document_shared(old.case_id);
    end if;
    if tg_op <> 'DELETE' and new.visibility = 'CLIENT' then
        perform refresh_document_shared(new.case_id);
    end if;
    return null;
end
$$;
create trigger documents_track_document_shared
    after insert or delete or update of case_id, visibility, shared_at on documents
    for each row execute function track_document_shared();

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

create or replace function rebuild_portal_rollups() returns void language sql as $$
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
