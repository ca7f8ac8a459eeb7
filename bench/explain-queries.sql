-- The SELECT statements Caseport's list pages issue, exactly as the application writes them; the
-- named parameters (:caseId, :limit, ...) are psql variables that bench/explain.sh sets from the
-- database it explains. Written by QueriesPerPageTest, which fails when the application's SQL
-- no longer matches this file; to rewrite it:
--   mvn -B -ntp -q verify -Dtest=QueriesPerPageTest -Dcaseport.bench.write-queries=true

-- query 1: GET /app/dashboard as lead investigator
select * from (select c.id as case_id, c.number as case_number, c.title as case_title,
                      (select coalesce(sum(l.amount), 0) from ledger_entries l where l.case_id = c.id
  and l.kind in ('BUDGET_AUTHORISATION', 'BUDGET_INCREASE')) as authorised, (select coalesce(sum(s.amount), 0) from case_spend_months s where s.case_id = c.id) as spent
               from cases c where c.status <> 'CLOSED' and (c.lead_investigator_id = :accessActorId or exists (select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId))) b
where b.authorised > 0 and b.spent * 100 >= b.authorised * :watch
order by b.spent / b.authorised desc, b.case_id limit :shown;

-- query 2: GET /app/dashboard as lead investigator
select c.id as case_id, c.number as case_number, d.id as document_id, d.title, d.created_at as uploaded_at from documents d join cases c on c.id = d.case_id where d.visibility = 'INTERNAL' and d.category = 'REPORT' and c.status <> 'CLOSED' and c.id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId) order by d.created_at, d.id limit :shown;

-- query 3: GET /app/dashboard as lead investigator
select c.id as case_id, c.number as case_number, t.awaiting_reply_since as since from message_threads t join cases c on c.id = t.case_id where t.awaiting_reply_since is not null and c.id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId) order by t.awaiting_reply_since limit :shown;

-- query 4: GET /app/dashboard as lead investigator
select case c.status when 'OPEN' then 'Open' when 'ACTIVE' then 'Active'
         when 'ON_HOLD' then 'On hold' end as label, count(*) as count
from cases c where c.status <> 'CLOSED' and c.id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId)
group by c.status order by min(case c.status when 'OPEN' then 1 when 'ACTIVE' then 2 else 3 end);

-- query 5: GET /app/dashboard as lead investigator
select cl.id as client_id, cl.name as client_name, cc.name, u.email, u.password_hash is not null as has_password from user_accounts u join client_contacts cc on cc.id = u.contact_id join clients cl on cl.id = cc.client_id
where u.role = 'CONTACT' and u.enabled and u.last_sign_in_at is null
  and exists (select 1 from portal_grants g where g.contact_id = cc.id and g.revoked_at is null) order by u.created_at, u.id limit :shown;

-- query 6: GET /app/dashboard as lead investigator
select coalesce(u.display_name, 'No lead') as label, count(*) as count
from cases c left join user_accounts u on u.id = c.lead_investigator_id
where c.status <> 'CLOSED' and c.id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId)
group by u.display_name order by count(*) desc, label limit 12;

-- query 7: GET /app/dashboard as lead investigator; GET /app/cases as lead investigator; GET /app/cases?status=OPEN&assigneeId={staffId}&q={run}&sort=NUMBER_DESC as lead investigator; GET /app/clients?q={run} as lead investigator; GET /app/clients/{clientId} as lead investigator; GET /app/clients/{clientId}/contacts/{granteeId}/portal as lead investigator; GET /app/clients/{clientId}/renewals as lead investigator; GET /app/cases/{caseId} as lead investigator; GET /app/cases/{caseId}/notes as lead investigator; GET /app/cases/{caseId}/expenses as lead investigator; GET /app/cases/{caseId}/ledger as lead investigator; GET /app/cases/{caseId}/documents as lead investigator; GET /app/cases/{caseId}/documents/{documentId} as lead investigator; GET /app/cases/{caseId}/documents/{documentId}/downloads as lead investigator; GET /app/cases/{caseId}/subjects as lead investigator; GET /app/cases/{caseId}/messages as lead investigator; GET /app/cases/{caseId}/approvals as lead investigator; GET /app/cases/{caseId}/tasks as lead investigator; GET /app/tasks as lead investigator; GET /app/tasks?view=overdue as lead investigator; GET /app/messages as lead investigator; GET /app/renewals as lead investigator
select count(*) from (select 1 from message_threads t where t.awaiting_reply_since is not null and t.case_id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId) limit :limit) waiting;

-- query 8: GET /app/dashboard as lead investigator; GET /app/messages as lead investigator
select count(*) from (select 1 from message_threads t where t.awaiting_reply_since is not null and t.case_id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId)) waiting;

-- query 9: GET /app/dashboard as lead investigator
select count(*) from documents d join cases c on c.id = d.case_id where d.visibility = 'INTERNAL' and d.category = 'REPORT' and c.status <> 'CLOSED' and c.id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId);

-- query 10: GET /app/dashboard as lead investigator
select count(*) from user_accounts u join client_contacts cc on cc.id = u.contact_id join clients cl on cl.id = cc.client_id
where u.role = 'CONTACT' and u.enabled and u.last_sign_in_at is null
  and exists (select 1 from portal_grants g where g.contact_id = cc.id and g.revoked_at is null);

-- query 11: GET /app/dashboard as lead investigator; GET /app/cases as lead investigator; GET /app/cases?status=OPEN&assigneeId={staffId}&q={run}&sort=NUMBER_DESC as lead investigator; GET /app/clients?q={run} as lead investigator; GET /app/clients/{clientId} as lead investigator; GET /app/clients/{clientId}/contacts/{granteeId}/portal as lead investigator; GET /app/clients/{clientId}/renewals as lead investigator; GET /app/cases/{caseId} as lead investigator; GET /app/cases/{caseId}/notes as lead investigator; GET /app/cases/{caseId}/expenses as lead investigator; GET /app/cases/{caseId}/ledger as lead investigator; GET /app/cases/{caseId}/documents as lead investigator; GET /app/cases/{caseId}/documents/{documentId} as lead investigator; GET /app/cases/{caseId}/documents/{documentId}/downloads as lead investigator; GET /app/cases/{caseId}/subjects as lead investigator; GET /app/cases/{caseId}/messages as lead investigator; GET /app/cases/{caseId}/approvals as lead investigator; GET /app/cases/{caseId}/tasks as lead investigator; GET /app/tasks as lead investigator; GET /app/tasks?view=overdue as lead investigator; GET /app/messages as lead investigator; GET /app/renewals as lead investigator; GET /portal as contact; GET /portal/cases as contact; GET /portal/cases?q={run}&status=OPEN as contact; GET /portal/cases/{caseId} as contact; GET /portal/cases/{caseId}/budget as contact; GET /portal/cases/{caseId}/notes as contact; GET /portal/cases/{caseId}/expenses as contact; GET /portal/cases/{caseId}/documents as contact; GET /portal/cases/{caseId}/documents/{documentId} as contact; GET /portal/cases/{caseId}/subjects as contact; GET /portal/cases/{caseId}/tasks as contact; GET /portal/cases/{caseId}/approvals as contact; GET /portal/cases/{caseId}/messages as contact; GET /portal/renewals as contact
select u.id, u.email, u.display_name, u.password_hash, u.role, u.enabled, u.contact_id, cc.client_id
from user_accounts u left join client_contacts cc on cc.id = u.contact_id
 where lower(u.email) = lower(:email);

-- query 12: GET /app/dashboard as lead investigator; GET /app/cases as lead investigator; GET /app/cases?status=OPEN&assigneeId={staffId}&q={run}&sort=NUMBER_DESC as lead investigator; GET /app/clients?q={run} as lead investigator; GET /app/clients/{clientId} as lead investigator; GET /app/clients/{clientId}/contacts/{granteeId}/portal as lead investigator; GET /app/clients/{clientId}/renewals as lead investigator; GET /app/cases/{caseId} as lead investigator; GET /app/cases/{caseId}/notes as lead investigator; GET /app/cases/{caseId}/expenses as lead investigator; GET /app/cases/{caseId}/ledger as lead investigator; GET /app/cases/{caseId}/documents as lead investigator; GET /app/cases/{caseId}/documents/{documentId} as lead investigator; GET /app/cases/{caseId}/documents/{documentId}/downloads as lead investigator; GET /app/cases/{caseId}/subjects as lead investigator; GET /app/cases/{caseId}/messages as lead investigator; GET /app/cases/{caseId}/approvals as lead investigator; GET /app/cases/{caseId}/tasks as lead investigator; GET /app/tasks as lead investigator; GET /app/tasks?view=overdue as lead investigator; GET /app/messages as lead investigator; GET /app/renewals as lead investigator; GET /portal as contact; GET /portal/cases as contact; GET /portal/cases?q={run}&status=OPEN as contact; GET /portal/cases/{caseId} as contact; GET /portal/cases/{caseId}/budget as contact; GET /portal/cases/{caseId}/notes as contact; GET /portal/cases/{caseId}/expenses as contact; GET /portal/cases/{caseId}/documents as contact; GET /portal/cases/{caseId}/documents/{documentId} as contact; GET /portal/cases/{caseId}/subjects as contact; GET /portal/cases/{caseId}/tasks as contact; GET /portal/cases/{caseId}/approvals as contact; GET /portal/cases/{caseId}/messages as contact; GET /portal/renewals as contact
\set id :accessActorId
select u.id, u.email, u.display_name, u.password_hash, u.role, u.enabled, u.contact_id, cc.client_id
from user_accounts u left join client_contacts cc on cc.id = u.contact_id
 where u.id = :id;

-- query 13: GET /app/cases as lead investigator
select c.id, c.number, c.title, c.client_id, cl.name as client_name, c.case_type, c.status,
       lead.display_name as lead_name, c.opened_on
from (select c.id, c.number, c.title, c.client_id, c.case_type, c.status, c.lead_investigator_id,
             c.opened_on, c.updated_at
      from cases c where c.id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId) order by c.updated_at desc, c.id desc       limit :limit offset :offset) c
join clients cl on cl.id = c.client_id
left join user_accounts lead on lead.id = c.lead_investigator_id order by c.updated_at desc, c.id desc;

-- query 14: GET /app/cases as lead investigator
select count(*) from cases c where c.id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId);

-- query 15: GET /app/cases?status=OPEN&assigneeId={staffId}&q={run}&sort=NUMBER_DESC as lead investigator
select c.id, c.number, c.title, c.client_id, cl.name as client_name, c.case_type, c.status,
       lead.display_name as lead_name, c.opened_on, c.matches
from (select c.id, c.number, c.title, c.client_id, c.case_type, c.status, c.lead_investigator_id,
             c.opened_on, c.updated_at, count(*) over () as matches
      from cases c where c.id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId) and c.status = :status and (c.lead_investigator_id = :assigneeId or exists (select 1 from case_assignments fa where fa.case_id = c.id and fa.staff_id = :assigneeId)) and (c.number || ' ' || c.title) ilike :text escape '\' order by c.number desc       limit :limit offset :offset) c
join clients cl on cl.id = c.client_id
left join user_accounts lead on lead.id = c.lead_investigator_id order by c.number desc;

-- query 16: GET /app/cases?status=OPEN&assigneeId={staffId}&q={run}&sort=NUMBER_DESC as lead investigator
\set id :accessActorId
select display_name from user_accounts where id = :id and role <> 'CONTACT';

-- query 17: GET /app/clients?q={run} as lead investigator
select cl.id, cl.kind, cl.name, cl.email, cl.phone,
       (select count(*) from client_contacts cc where cc.client_id = cl.id) as contact_count,
       (select count(*) from cases c where c.client_id = cl.id and c.status <> 'CLOSED') as open_case_count
from clients cl where cl.name ilike :text escape '\' or cl.email ilike :text escape '\' order by lower(cl.name), cl.id limit :limit offset :offset;

-- query 18: GET /app/clients?q={run} as lead investigator
select count(*) from clients cl where cl.name ilike :text escape '\' or cl.email ilike :text escape '\';

-- query 19: GET /app/clients/{clientId} as lead investigator; GET /app/clients/{clientId}/contacts/{granteeId}/portal as lead investigator
select c.id, c.number, c.title, c.client_id, cl.name as client_name, c.case_type, c.status,
       lead.display_name as lead_name, c.opened_on
from (select c.id, c.number, c.title, c.client_id, c.case_type, c.status, c.lead_investigator_id,
             c.opened_on, c.updated_at
      from cases c where c.id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId) and c.client_id = :clientId order by c.number desc       limit :limit offset :offset) c
join clients cl on cl.id = c.client_id
left join user_accounts lead on lead.id = c.lead_investigator_id order by c.number desc;

-- query 20: GET /app/clients/{clientId} as lead investigator; GET /app/clients/{clientId}/contacts/{granteeId}/portal as lead investigator; GET /app/clients/{clientId}/renewals as lead investigator
\set id :clientId
select cc.id, cc.name, cc.email, cc.phone, cc.role_title, cc.portal_profile_id, case when u.id is null then 'NONE' when not u.enabled then 'DISABLED' when u.password_hash is null then 'INVITED' else 'ACTIVE' end as portal_status from client_contacts cc left join user_accounts u on u.contact_id = cc.id where cc.client_id = :id order by lower(cc.name), cc.id;

-- query 21: GET /app/clients/{clientId} as lead investigator; GET /app/clients/{clientId}/contacts/{granteeId}/portal as lead investigator
select count(*) from cases c where c.id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId) and c.client_id = :clientId;

-- query 22: GET /app/clients/{clientId} as lead investigator; GET /app/clients/{clientId}/renewals as lead investigator
select count(*) from renewals r where r.client_id = :clientId and (r.case_id is null or exists (select 1 from cases c where c.id = r.case_id and (c.lead_investigator_id = :accessActorId or exists (select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId))));

-- query 23: GET /app/clients/{clientId} as lead investigator; GET /app/clients/{clientId}/contacts/{granteeId}/portal as lead investigator; GET /app/clients/{clientId}/renewals as lead investigator
\set id :clientId
select id, kind, name, email, phone, address, notes, portal_profile_id from clients where id = :id;

-- query 24: GET /app/clients/{clientId} as lead investigator; GET /app/clients/{clientId}/contacts/{granteeId}/portal as lead investigator; GET /app/cases/{caseId} as lead investigator
select id, name, is_firm_default as firm_default from portal_profiles order by lower(name), id;

-- query 25: GET /app/clients/{clientId} as lead investigator; GET /app/clients/{clientId}/renewals as lead investigator
select r.id, r.client_id, cl.name as client_name, r.case_id, rc.number as case_number,
       rc.title as case_title, r.title, r.price, r.term_months, r.renews_on, r.default_outcome,
       r.notice_days, r.status, r.version, r.instruction, r.instruction_comment, r.instructed_by_name,
       r.instructed_at, r.notified_at, r.notice_recipients, r.closed_at, r.cancelled_by_name,
       r.previous_id, false as instructable
from renewals r
join clients cl on cl.id = r.client_id
left join cases rc on rc.id = r.case_id
 where r.client_id = :clientId and (r.case_id is null or exists (select 1 from cases c where c.id = r.case_id and (c.lead_investigator_id = :accessActorId or exists (select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId)))) order by (r.status = 'ACTIVE') desc, case when r.status = 'ACTIVE' then r.renews_on end, r.renews_on desc, r.id desc limit :limit offset :offset;

-- query 26: GET /app/clients/{clientId}/contacts/{granteeId}/portal as lead investigator
\set id :contactId
select cc.id, cc.name, cc.email, cc.phone, cc.role_title, cc.portal_profile_id, case when u.id is null then 'NONE' when not u.enabled then 'DISABLED' when u.password_hash is null then 'INVITED' else 'ACTIVE' end as portal_status from client_contacts cc left join user_accounts u on u.contact_id = cc.id where cc.id = :id and cc.client_id = :clientId;

-- query 27: GET /app/clients/{clientId}/contacts/{granteeId}/portal as lead investigator
select g.id, g.contact_id, g.case_id, c.number as case_number, c.title as case_title,
       g.granted_at, u.display_name as granted_by_name
from portal_grants g
left join cases c on c.id = g.case_id
left join user_accounts u on u.id = g.granted_by
where g.contact_id = :contactId and g.revoked_at is null
order by g.case_id nulls first, c.number;

-- query 28: GET /app/clients/{clientId}/contacts/{granteeId}/portal as lead investigator
select id as account_id, enabled, password_hash is not null as has_password, last_sign_in_at
from user_accounts where contact_id = :contactId;

-- query 29: GET /app/clients/{clientId}/renewals as lead investigator
select c.id, c.number, c.title from cases c where c.client_id = :clientId and (c.lead_investigator_id = :accessActorId or exists (select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId)) order by c.number desc;

-- query 30: GET /app/cases/{caseId} as lead investigator; GET /app/cases/{caseId}/ledger as lead investigator; GET /portal/cases/{caseId}/budget as contact
select
  (select coalesce(sum(amount), 0) from ledger_entries
    where case_id = :caseId and kind in ('BUDGET_AUTHORISATION', 'BUDGET_INCREASE')) as budget_authorised,
  (select coalesce(sum(amount), 0) from ledger_entries
    where case_id = :caseId and kind = 'RETAINER_PAYMENT') as retainer_paid,
  (select coalesce(sum(amount), 0) from expenses
    where case_id = :caseId and billable) as billable_expenses;

-- query 31: GET /app/cases/{caseId} as lead investigator; GET /app/cases/{caseId}/notes as lead investigator; GET /app/cases/{caseId}/expenses as lead investigator; GET /app/cases/{caseId}/ledger as lead investigator; GET /app/cases/{caseId}/documents as lead investigator; GET /app/cases/{caseId}/documents/{documentId} as lead investigator; GET /app/cases/{caseId}/documents/{documentId}/downloads as lead investigator; GET /app/cases/{caseId}/subjects as lead investigator; GET /app/cases/{caseId}/messages as lead investigator; GET /app/cases/{caseId}/approvals as lead investigator; GET /app/cases/{caseId}/tasks as lead investigator
select c.id, c.number, c.title, c.client_id, cl.name as client_name, c.case_type, c.description,
       c.status, c.lead_investigator_id, lead.display_name as lead_name,
       lead.email as lead_email, lead.phone as lead_phone, c.opened_on, c.closed_on,
       c.portal_profile_id
 from cases c
 join clients cl on cl.id = c.client_id
 left join user_accounts lead on lead.id = c.lead_investigator_id
 where c.id = :caseId;

-- query 32: GET /app/cases/{caseId} as lead investigator
select cc.id as contact_id, cc.name, cc.email, bool_or(g.case_id is null) as all_cases
from portal_grants g
join client_contacts cc on cc.id = g.contact_id
join cases c on c.id = :caseId and c.client_id = g.client_id
join user_accounts u on u.contact_id = cc.id and u.enabled
where g.revoked_at is null and (g.case_id is null or g.case_id = :caseId)
group by cc.id, cc.name, cc.email order by lower(cc.name);

-- query 33: GET /app/cases/{caseId} as lead investigator; GET /app/cases/{caseId}/ledger as lead investigator; GET /portal/cases/{caseId}/budget as contact
select coalesce(sum(round(t.hours * t.rate, 2)), 0) from time_slips t where t.case_id = :caseId and t.billable;

-- query 34: GET /app/cases/{caseId} as lead investigator; GET /app/cases/{caseId}/notes as lead investigator
select count(*) from time_slips where case_id = :caseId;

-- query 35: GET /app/cases/{caseId} as lead investigator; GET /app/cases/{caseId}/notes as lead investigator; GET /app/cases/{caseId}/expenses as lead investigator; GET /app/cases/{caseId}/ledger as lead investigator; GET /app/cases/{caseId}/documents as lead investigator; GET /app/cases/{caseId}/documents/{documentId} as lead investigator; GET /app/cases/{caseId}/documents/{documentId}/downloads as lead investigator; GET /app/cases/{caseId}/subjects as lead investigator; GET /app/cases/{caseId}/messages as lead investigator; GET /app/cases/{caseId}/approvals as lead investigator; GET /app/cases/{caseId}/tasks as lead investigator
select exists (select 1 from cases c where c.id = :caseId and (c.lead_investigator_id = :accessActorId or exists (select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId)));

-- query 36: GET /app/cases/{caseId} as lead investigator; GET /app/cases/{caseId}/notes as lead investigator
select t.id, t.work_date, t.staff_id, u.display_name as staff_name, t.hours, t.rate, t.billable, case when t.billable then round(t.hours * t.rate, 2) else 0.00 end as amount, t.body, t.visibility, t.origin from time_slips t left join user_accounts u on u.id = t.staff_id where t.case_id = :caseId order by t.work_date desc, t.id desc limit :limit offset :offset;

-- query 37: GET /app/cases/{caseId} as lead investigator
select thresholds, warn_contacts from budget_alert_settings where id = 1;

-- query 38: GET /app/cases/{caseId} as lead investigator; GET /app/cases/{caseId}/notes as lead investigator; GET /app/cases/{caseId}/expenses as lead investigator; GET /app/cases/{caseId}/ledger as lead investigator; GET /app/cases/{caseId}/documents as lead investigator; GET /app/cases/{caseId}/documents/{documentId} as lead investigator; GET /app/cases/{caseId}/documents/{documentId}/downloads as lead investigator; GET /app/cases/{caseId}/subjects as lead investigator; GET /app/cases/{caseId}/messages as lead investigator; GET /app/cases/{caseId}/approvals as lead investigator; GET /app/cases/{caseId}/tasks as lead investigator
select u.id, u.display_name from case_assignments a join user_accounts u on u.id = a.staff_id
where a.case_id = :caseId order by lower(u.display_name);

-- query 39: GET /app/cases/{caseId}/notes as lead investigator; GET /app/cases/{caseId}/tasks as lead investigator
select id, display_name, email, phone, role, enabled from user_accounts where enabled and role <> 'CONTACT' order by lower(display_name), id;

-- query 40: GET /app/cases/{caseId}/expenses as lead investigator
select count(*) from expenses where case_id = :caseId;

-- query 41: GET /app/cases/{caseId}/expenses as lead investigator
select distinct category from expenses order by category limit 50;

-- query 42: GET /app/cases/{caseId}/expenses as lead investigator
select e.id, e.spent_on, e.category, e.amount, e.description, e.billable, e.visibility,
       u.display_name as created_by_name
from expenses e left join user_accounts u on u.id = e.created_by
 where e.case_id = :caseId order by e.spent_on desc, e.id desc limit :limit offset :offset;

-- query 43: GET /app/cases/{caseId}/ledger as lead investigator
select l.id, l.kind, l.amount, l.entry_date, l.reference, u.display_name as created_by_name
from ledger_entries l left join user_accounts u on u.id = l.created_by
where l.case_id = :caseId order by l.entry_date desc, l.id desc;

-- query 44: GET /app/cases/{caseId}/documents as lead investigator
select count(*) from documents where case_id = :caseId;

-- query 45: GET /app/cases/{caseId}/documents as lead investigator
select d.id, d.title, d.category, d.visibility, v.version as current_version,
       v.original_filename, v.content_type, v.size_bytes, v.sha256,
       u.display_name as uploaded_by, v.created_at as uploaded_at,
       (select count(*) from document_downloads dd where dd.document_id = d.id) as download_count,
       last_dl.display_name as last_downloaded_by, last_dl.downloaded_at as last_downloaded_at,
       (select count(*) from document_comments dc where dc.document_id = d.id) as comment_count,
       d.client_may_revise,
       exists (select 1 from document_versions p where p.document_id = d.id
               and p.proposal_state = 'PENDING') as proposal_pending
from documents d
join document_versions v on v.document_id = d.id and v.version = d.current_version
join user_accounts u on u.id = v.uploaded_by
left join lateral (select a.display_name, dd.downloaded_at from document_downloads dd
              join user_accounts a on a.id = dd.account_id where dd.document_id = d.id
              order by dd.downloaded_at desc, dd.id desc limit 1) last_dl on true where d.case_id = :caseId order by d.created_at desc, d.id desc limit :limit offset :offset;

-- query 46: GET /app/cases/{caseId}/documents/{documentId} as lead investigator; GET /portal/cases/{caseId}/documents/{documentId} as contact
\set id :documentId
select c.id, u.display_name as author_name, u.role <> 'CONTACT' as from_firm, c.body,
       c.at_page, c.at_seconds, c.created_at
from document_comments c join user_accounts u on u.id = c.author_id
where c.document_id = :id
order by c.created_at, c.id limit :limit offset :offset;

-- query 47: GET /app/cases/{caseId}/documents/{documentId} as lead investigator; GET /portal/cases/{caseId}/documents/{documentId} as contact
\set id :documentId
select count(*) from document_comments where document_id = :id;

-- query 48: GET /app/cases/{caseId}/documents/{documentId} as lead investigator
\set id :documentId
select d.id, d.title, d.category, d.visibility, d.client_may_revise, d.current_version,
       u.display_name as created_by, d.created_at
from documents d join user_accounts u on u.id = d.created_by
where d.id = :id and d.case_id = :caseId;

-- query 49: GET /app/cases/{caseId}/documents/{documentId} as lead investigator; GET /app/cases/{caseId}/documents/{documentId}/downloads as lead investigator
\set id :documentId
select exists (select 1 from documents where id = :id and case_id = :caseId);

-- query 50: GET /app/cases/{caseId}/documents/{documentId} as lead investigator
\set id :documentId
select v.id, v.version, v.original_filename, v.content_type, v.size_bytes, v.sha256,
       u.display_name as uploaded_by, u.role = 'CONTACT' as by_contact,
       v.created_at as uploaded_at, v.version = d.current_version as current,
       v.proposal_state, decider.display_name as decided_by, v.decided_at, v.rejection_reason
from document_versions v
join documents d on d.id = v.document_id
join user_accounts u on u.id = v.uploaded_by
left join user_accounts decider on decider.id = v.decided_by
where v.document_id = :id
order by v.version desc;

-- query 51: GET /app/cases/{caseId}/documents/{documentId}/downloads as lead investigator
\set id :documentId
select count(*) from document_downloads where document_id = :id;

-- query 52: GET /app/cases/{caseId}/documents/{documentId}/downloads as lead investigator
\set id :documentId
select dd.version, a.display_name as downloaded_by, dd.downloaded_at, dd.source_address
from document_downloads dd join user_accounts a on a.id = dd.account_id
where dd.document_id = :id
order by dd.downloaded_at desc, dd.id desc limit :limit offset :offset;

-- query 53: GET /app/cases/{caseId}/subjects as lead investigator
select count(*) from subjects where case_id = :caseId;

-- query 54: GET /app/cases/{caseId}/subjects as lead investigator
select s.id, s.kind, s.name, s.aliases, s.date_of_birth, s.visibility from subjects s
where s.case_id = :caseId order by lower(s.name), s.id limit :limit offset :offset;

-- query 55: GET /app/cases/{caseId}/messages as lead investigator; GET /portal/cases/{caseId}/messages as contact
select count(*) from case_messages where case_id = :caseId;

-- query 56: GET /app/cases/{caseId}/messages as lead investigator; GET /portal/cases/{caseId}/messages as contact
select id, author_name, from_client, about, body, created_at from case_messages
where case_id = :caseId order by id desc limit :limit offset :offset;

-- query 57: GET /app/cases/{caseId}/messages as lead investigator
select true as started, t.awaiting_reply_since, t.handled_at, u.display_name as handled_by
from message_threads t left join user_accounts u on u.id = t.handled_by
where t.case_id = :caseId;

-- query 58: GET /app/cases/{caseId}/approvals as lead investigator; GET /portal/cases/{caseId}/approvals as contact
select count(*) from approval_requests where case_id = :caseId;

-- query 59: GET /app/cases/{caseId}/approvals as lead investigator; GET /portal/cases/{caseId}/approvals as contact
select r.id, r.case_id, c.number as case_number, c.title as case_title, r.title, r.explanation, r.amount,
       r.due_on, r.status, u.display_name as requested_by, r.requested_at, r.decided_by_name,
       r.decided_at, r.decision_comment
from approval_requests r
join cases c on c.id = r.case_id
join user_accounts u on u.id = r.requested_by
 where r.case_id = :caseId
order by (r.status = 'OPEN') desc, r.requested_at desc, r.id desc limit :limit offset :offset;

-- query 60: GET /app/cases/{caseId}/tasks as lead investigator
select count(*) from case_tasks where case_id = :caseId;

-- query 61: GET /app/cases/{caseId}/tasks as lead investigator
select t.id, t.case_id, c.number as case_number, c.title as case_title, t.title, t.assignee_id,
       u.display_name as assignee_name, t.due_on, t.status, t.visibility
from case_tasks t
join cases c on c.id = t.case_id
left join user_accounts u on u.id = t.assignee_id
 where t.case_id = :caseId order by (t.status = 'DONE'), t.due_on nulls last, t.id limit :limit offset :offset;

-- query 62: GET /app/tasks as lead investigator
select count(*) from case_tasks t join cases c on c.id = t.case_id where t.status <> 'DONE' and t.assignee_id = :me and (c.lead_investigator_id = :accessActorId or exists (select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId));

-- query 63: GET /app/tasks as lead investigator
select t.id, t.case_id, c.number as case_number, c.title as case_title, t.title, t.assignee_id,
       u.display_name as assignee_name, t.due_on, t.status, t.visibility
from case_tasks t
join cases c on c.id = t.case_id
left join user_accounts u on u.id = t.assignee_id
 where t.status <> 'DONE' and t.assignee_id = :me and (c.lead_investigator_id = :accessActorId or exists (select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId)) order by t.due_on nulls last, t.id limit :limit offset :offset;

-- query 64: GET /app/tasks?view=overdue as lead investigator
select count(*) from case_tasks t join cases c on c.id = t.case_id where t.status <> 'DONE' and t.due_on < :today and (c.lead_investigator_id = :accessActorId or exists (select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId));

-- query 65: GET /app/tasks?view=overdue as lead investigator
select t.id, t.case_id, c.number as case_number, c.title as case_title, t.title, t.assignee_id,
       u.display_name as assignee_name, t.due_on, t.status, t.visibility
from case_tasks t
join cases c on c.id = t.case_id
left join user_accounts u on u.id = t.assignee_id
 where t.status <> 'DONE' and t.due_on < :today and (c.lead_investigator_id = :accessActorId or exists (select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId)) order by t.due_on nulls last, t.id limit :limit offset :offset;

-- query 66: GET /app/messages as lead investigator
select c.id as case_id, c.number as case_number, c.title as case_title,
       cl.name as client_name, t.awaiting_reply_since,
       m.author_name, m.about, m.body, m.created_at as sent_at
from message_threads t
join cases c on c.id = t.case_id
join clients cl on cl.id = c.client_id
join lateral (select author_name, about, body, created_at from case_messages x
              where x.case_id = t.case_id and x.from_client
              order by x.id desc limit 1) m on true
where t.awaiting_reply_since is not null and c.id in (select access_l.id from cases access_l where access_l.lead_investigator_id = :accessActorId union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId)
order by t.awaiting_reply_since, c.id limit :limit offset :offset;

-- query 67: GET /app/renewals as lead investigator
select count(*) from renewals r where r.status = 'ACTIVE' and r.renews_on <= :until and (r.case_id is null or exists (select 1 from cases c where c.id = r.case_id and (c.lead_investigator_id = :accessActorId or exists (select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId))));

-- query 68: GET /app/renewals as lead investigator
select r.id, r.client_id, cl.name as client_name, r.case_id, rc.number as case_number,
       rc.title as case_title, r.title, r.price, r.term_months, r.renews_on, r.default_outcome,
       r.notice_days, r.status, r.version, r.instruction, r.instruction_comment, r.instructed_by_name,
       r.instructed_at, r.notified_at, r.notice_recipients, r.closed_at, r.cancelled_by_name,
       r.previous_id, false as instructable
from renewals r
join clients cl on cl.id = r.client_id
left join cases rc on rc.id = r.case_id
 where r.status = 'ACTIVE' and r.renews_on <= :until and (r.case_id is null or exists (select 1 from cases c where c.id = r.case_id and (c.lead_investigator_id = :accessActorId or exists (select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId)))) order by r.renews_on, r.id limit :limit offset :offset;

-- query 69: GET /portal as contact
select c.id, c.number, c.title, c.status, c.opened_on, c.last_shared_at as last_shared_update, case when coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionBUDGET as text) = any(access_p.sections))), false) then (select coalesce(sum(l.amount), 0) from ledger_entries l where l.case_id = c.id
  and l.kind in ('BUDGET_AUTHORISATION', 'BUDGET_INCREASE')) end as budget_authorised, case when coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionBUDGET as text) = any(access_p.sections))), false) then (select coalesce(sum(s.amount), 0) from case_spend_months s where s.case_id = c.id) end as spent from cases c where c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) order by last_shared_update desc nulls last, c.number desc limit :limit offset :offset;

-- query 70: GET /portal as contact
select count(*) from cases c where c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null));

-- query 71: GET /portal as contact; GET /portal/cases as contact; GET /portal/cases?q={run}&status=OPEN as contact; GET /portal/cases/{caseId} as contact; GET /portal/cases/{caseId}/budget as contact; GET /portal/cases/{caseId}/notes as contact; GET /portal/cases/{caseId}/expenses as contact; GET /portal/cases/{caseId}/documents as contact; GET /portal/cases/{caseId}/documents/{documentId} as contact; GET /portal/cases/{caseId}/subjects as contact; GET /portal/cases/{caseId}/tasks as contact; GET /portal/cases/{caseId}/approvals as contact; GET /portal/cases/{caseId}/messages as contact; GET /portal/renewals as contact
select exists (select 1 from cases c where c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalActionMESSAGE as text) = any(access_p.actions))), false));

-- query 72: GET /portal as contact; GET /portal/cases as contact; GET /portal/cases?q={run}&status=OPEN as contact; GET /portal/cases/{caseId} as contact; GET /portal/cases/{caseId}/budget as contact; GET /portal/cases/{caseId}/notes as contact; GET /portal/cases/{caseId}/expenses as contact; GET /portal/cases/{caseId}/documents as contact; GET /portal/cases/{caseId}/documents/{documentId} as contact; GET /portal/cases/{caseId}/subjects as contact; GET /portal/cases/{caseId}/tasks as contact; GET /portal/cases/{caseId}/approvals as contact; GET /portal/cases/{caseId}/messages as contact; GET /portal/renewals as contact
select exists (select 1 from renewals r where r.client_id = :portalClientId and (r.case_id is not null and exists (select 1 from cases c where c.id = r.case_id and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionAPPROVALS as text) = any(access_p.sections))), false) and true) or r.case_id is null and exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
          and access_g.client_id = r.client_id and access_g.case_id is null and access_g.revoked_at is null)
and exists (select 1 from clients access_cl
      left join client_contacts access_cc on access_cc.id = :portalContactId
      join portal_profiles access_p on access_p.id = coalesce(access_cc.portal_profile_id,
           access_cl.portal_profile_id, (select d.id from portal_profiles d where d.is_firm_default))
      where access_cl.id = r.client_id and cast(:portalRenewalSection as text) = any(access_p.sections)
        and (cast(:portalRenewalActionAny as text) is null or cast(:portalRenewalActionAny as text) = any(access_p.actions)))));

-- query 73: GET /portal as contact
select r.id, r.case_id, c.number as case_number, c.title as case_title, r.title, r.explanation, r.amount,
       r.due_on, r.status, u.display_name as requested_by, r.requested_at, r.decided_by_name,
       r.decided_at, r.decision_comment
from approval_requests r
join cases c on c.id = r.case_id
join user_accounts u on u.id = r.requested_by
 where r.status = 'OPEN' and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionAPPROVALS as text) = any(access_p.sections))), false) order by r.due_on nulls last, r.id limit :limit;

-- query 74: GET /portal as contact
select r.id, r.client_id, cl.name as client_name, r.case_id, rc.number as case_number,
       rc.title as case_title, r.title, r.price, r.term_months, r.renews_on, r.default_outcome,
       r.notice_days, r.status, r.version, r.instruction, r.instruction_comment, r.instructed_by_name,
       r.instructed_at, r.notified_at, r.notice_recipients, r.closed_at, r.cancelled_by_name,
       r.previous_id, (r.status = 'ACTIVE' and r.instruction is null and r.renews_on >= :today and r.client_id = :portalClientId and (r.case_id is not null and exists (select 1 from cases c where c.id = r.case_id and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionAPPROVALS as text) = any(access_p.sections))), false) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalActionAPPROVE as text) = any(access_p.actions))), false)) or r.case_id is null and exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
          and access_g.client_id = r.client_id and access_g.case_id is null and access_g.revoked_at is null)
and exists (select 1 from clients access_cl
      left join client_contacts access_cc on access_cc.id = :portalContactId
      join portal_profiles access_p on access_p.id = coalesce(access_cc.portal_profile_id,
           access_cl.portal_profile_id, (select d.id from portal_profiles d where d.is_firm_default))
      where access_cl.id = r.client_id and cast(:portalRenewalSection as text) = any(access_p.sections)
        and (cast(:portalRenewalActionAPPROVE as text) is null or cast(:portalRenewalActionAPPROVE as text) = any(access_p.actions))))) as instructable
from renewals r
join clients cl on cl.id = r.client_id
left join cases rc on rc.id = r.case_id
 where r.client_id = :portalClientId and (r.case_id is not null and exists (select 1 from cases c where c.id = r.case_id and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionAPPROVALS as text) = any(access_p.sections))), false) and true) or r.case_id is null and exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
          and access_g.client_id = r.client_id and access_g.case_id is null and access_g.revoked_at is null)
and exists (select 1 from clients access_cl
      left join client_contacts access_cc on access_cc.id = :portalContactId
      join portal_profiles access_p on access_p.id = coalesce(access_cc.portal_profile_id,
           access_cl.portal_profile_id, (select d.id from portal_profiles d where d.is_firm_default))
      where access_cl.id = r.client_id and cast(:portalRenewalSection as text) = any(access_p.sections)
        and (cast(:portalRenewalActionAny as text) is null or cast(:portalRenewalActionAny as text) = any(access_p.actions)))) and (r.status = 'ACTIVE' and r.instruction is null and r.renews_on >= :today and r.client_id = :portalClientId and (r.case_id is not null and exists (select 1 from cases c where c.id = r.case_id and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionAPPROVALS as text) = any(access_p.sections))), false) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalActionAPPROVE as text) = any(access_p.actions))), false)) or r.case_id is null and exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
          and access_g.client_id = r.client_id and access_g.case_id is null and access_g.revoked_at is null)
and exists (select 1 from clients access_cl
      left join client_contacts access_cc on access_cc.id = :portalContactId
      join portal_profiles access_p on access_p.id = coalesce(access_cc.portal_profile_id,
           access_cl.portal_profile_id, (select d.id from portal_profiles d where d.is_firm_default))
      where access_cl.id = r.client_id and cast(:portalRenewalSection as text) = any(access_p.sections)
        and (cast(:portalRenewalActionAPPROVE as text) is null or cast(:portalRenewalActionAPPROVE as text) = any(access_p.actions))))) order by r.renews_on, r.id limit :limit;

-- query 75: GET /portal as contact
select t.id, t.case_id, c.number as case_number, t.title, t.due_on, t.status
from case_tasks t join cases c on c.id = t.case_id
where t.visibility = 'CLIENT' and t.status <> 'DONE' and t.due_on >= :today and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionTASKS as text) = any(access_p.sections))), false) order by t.due_on, t.id limit :limit;

-- query 76: GET /portal as contact
with every_case as (select (case when not exists (select 1 from portal_grants access_w
                       where access_w.contact_id = :portalContactId and access_w.case_id is null
                         and access_w.revoked_at is null) then null
      when (select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId) is null
           and exists (select 1 from cases access_own where access_own.client_id = :portalClientId
                         and access_own.portal_profile_id is not null) then null
      else coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId), (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId), (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))
                    = any(array(select access_p.id from portal_profiles access_p
                                where cast(:portalEverySection as text) = any(access_p.sections))), false)
 end) as shows),
budget_cases as (select c.id from cases c where c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionBUDGET as text) = any(access_p.sections))), false)),
months as (select cast(m as date) as first_day
           from generate_series(cast(:firstMonth as date), cast(:lastMonth as date), interval '1 month') m),
spending as (
    select s.month as first_day, s.amount from case_spend_months s
    where s.client_id = :spendClientId and s.month >= :firstMonth and s.month < :endOfWindow
      and ((select shows from every_case) is true
           or (select shows from every_case) is null and s.case_id in (select id from budget_cases)))
select m.first_day, coalesce(sum(s.amount), 0) as spent,
       case (select shows from every_case)
           when true then exists (select 1 from cases c where c.client_id = :spendClientId)
           when false then false
           else exists (select 1 from budget_cases) end as shown
from months m left join spending s on s.first_day = m.first_day
group by m.first_day order by m.first_day;

-- query 77: GET /portal as contact
with note_cases as (
    select c.id, c.number from cases c
    where c.last_note_shared_at is not null and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionNOTES as text) = any(access_p.sections))), false)
    order by c.last_note_shared_at desc limit :shown),
document_cases as (
    select c.id, c.number from cases c
    where c.last_document_shared_at is not null and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionDOCUMENTS as text) = any(access_p.sections))), false)
    order by c.last_document_shared_at desc limit :shown),
status_cases as (
    select c.id, c.number from cases c
    where c.last_status_changed_at is not null and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionOVERVIEW as text) = any(access_p.sections))), false)
    order by c.last_status_changed_at desc limit :shown),
items as (
    (select 'NOTE' as kind, g.id as case_id, g.number as case_number, t.id as item_id,
            t.shared_at, t.work_date as day, left(t.body, :excerpt + 1) as text,
            null as from_status, null as to_status
     from note_cases g cross join lateral (
         select t.id, t.shared_at, t.work_date, t.body from time_slips t
         where t.case_id = g.id and t.visibility = 'CLIENT'
         order by t.shared_at desc, t.id desc limit :shown) t
     order by t.shared_at desc, t.id desc limit :shown)
    union all
    (select 'DOCUMENT', g.id, g.number, d.id, d.shared_at, cast(d.shared_at as date), d.title, null, null
     from document_cases g cross join lateral (
         select d.id, d.shared_at, d.title from documents d
         where d.case_id = g.id and d.visibility = 'CLIENT'
         order by d.shared_at desc, d.id desc limit :shown) d
     order by d.shared_at desc, d.id desc limit :shown)
    union all
    (select 'STATUS', g.id, g.number, s.id, s.changed_at, s.changed_on, null, s.from_status, s.to_status
     from status_cases g cross join lateral (
         select s.id, s.changed_at, s.changed_on, s.from_status, s.to_status from case_status_changes s
         where s.case_id = g.id order by s.changed_at desc, s.id desc limit :shown) s
     order by s.changed_at desc, s.id desc limit :shown))
select i.*, i.shared_at > coalesce((select max(u.previous_sign_in_at) from user_accounts u
                                   where u.contact_id = :portalContactId), '-infinity') as unread
from items i order by i.shared_at desc, i.item_id desc limit :shown;

-- query 78: GET /portal/cases as contact; GET /portal/cases?q={run}&status=OPEN as contact
select id, name, list_id, status, text_query, opened_from, opened_to from portal_saved_searches where contact_id = :contactId order by lower(name), id;

-- query 79: GET /portal/cases as contact; GET /portal/cases?q={run}&status=OPEN as contact
select l.id, l.profile_id, l.name, l.preset, l.columns, l.position from portal_lists l where l.profile_id in (:profileIds) order by l.profile_id, l.position, l.id;

-- query 80: GET /portal/cases as contact; GET /portal/cases?q={run}&status=OPEN as contact
select p.id, p.name, p.description, p.sections, p.fields, p.actions, p.is_firm_default from portal_profiles p where p.id in (select coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default)) from cases c where c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null))) order by lower(p.name), p.id;

-- query 81: GET /portal/cases as contact
with granted as (select c.*, coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default)) as list_profile_id from cases c where c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null))) select c.id, c.number, c.title, c.status as status, c.opened_on as opened_on, null as closed_on, c.last_shared_at as last_shared_update, null as investigator, null as budget_authorised, null as spent from granted c where c.list_profile_id in (:listProfiles) order by c.number desc limit :limit offset :offset;

-- query 82: GET /portal/cases as contact
with granted as (select c.*, coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default)) as list_profile_id from cases c where c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null))) select count(*) from granted c where c.list_profile_id in (:listProfiles);

-- query 83: GET /portal/cases?q={run}&status=OPEN as contact
with granted as (select c.*, coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default)) as list_profile_id from cases c where c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null))) select c.id, c.number, c.title, c.status as status, c.opened_on as opened_on, null as closed_on, c.last_shared_at as last_shared_update, null as investigator, null as budget_authorised, null as spent from granted c where c.list_profile_id in (:listProfiles) and c.status = :status and ((c.number || ' ' || c.title) ilike :text escape '\' or c.list_profile_id in (:subjectProfiles) and exists (select 1 from subjects s where s.case_id = c.id and s.visibility = 'CLIENT' and (s.name ilike :text escape '\' or s.aliases ilike :text escape '\'))) order by c.number desc limit :limit offset :offset;

-- query 84: GET /portal/cases?q={run}&status=OPEN as contact
with granted as (select c.*, coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default)) as list_profile_id from cases c where c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null))) select count(*) from granted c where c.list_profile_id in (:listProfiles) and c.status = :status and ((c.number || ' ' || c.title) ilike :text escape '\' or c.list_profile_id in (:subjectProfiles) and exists (select 1 from subjects s where s.case_id = c.id and s.visibility = 'CLIENT' and (s.name ilike :text escape '\' or s.aliases ilike :text escape '\')));

-- query 85: GET /portal/cases/{caseId} as contact; GET /portal/cases/{caseId}/budget as contact; GET /portal/cases/{caseId}/notes as contact; GET /portal/cases/{caseId}/expenses as contact; GET /portal/cases/{caseId}/documents as contact; GET /portal/cases/{caseId}/documents/{documentId} as contact; GET /portal/cases/{caseId}/subjects as contact; GET /portal/cases/{caseId}/tasks as contact; GET /portal/cases/{caseId}/approvals as contact; GET /portal/cases/{caseId}/messages as contact
select c.id, c.number, c.title, c.status, c.case_type, c.opened_on, c.closed_on,
       lead.display_name as lead_name, lead.email as lead_email, lead.phone as lead_phone
from cases c left join user_accounts lead on lead.id = c.lead_investigator_id
where c.id = :caseId;

-- query 86: GET /portal/cases/{caseId} as contact; GET /portal/cases/{caseId}/budget as contact; GET /portal/cases/{caseId}/notes as contact; GET /portal/cases/{caseId}/expenses as contact; GET /portal/cases/{caseId}/documents as contact; GET /portal/cases/{caseId}/documents/{documentId} as contact; GET /portal/cases/{caseId}/subjects as contact; GET /portal/cases/{caseId}/tasks as contact; GET /portal/cases/{caseId}/approvals as contact; GET /portal/cases/{caseId}/messages as contact
select p.id, p.name, p.description, p.sections, p.fields, p.actions, p.is_firm_default
from cases c join portal_profiles p on p.id =coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))
 where c.id = :caseId and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null));

-- query 87: GET /portal/cases/{caseId}/notes as contact
select count(*) from time_slips where case_id = :caseId and visibility = 'CLIENT';

-- query 88: GET /portal/cases/{caseId}/notes as contact
select t.id, t.work_date, u.display_name as staff_name, t.hours as hours, t.rate as rate, t.body from time_slips t left join user_accounts u on u.id = t.staff_id where t.case_id = :caseId and t.visibility = 'CLIENT' order by t.work_date desc, t.id desc limit :limit offset :offset;

-- query 89: GET /portal/cases/{caseId}/expenses as contact
select count(*) from expenses where case_id = :caseId and visibility = 'CLIENT';

-- query 90: GET /portal/cases/{caseId}/expenses as contact
select e.id, e.spent_on, e.category, e.description, e.amount as amount from expenses e where e.case_id = :caseId and e.visibility = 'CLIENT' order by e.spent_on desc, e.id desc limit :limit offset :offset;

-- query 91: GET /portal/cases/{caseId}/documents as contact
select count(*) from documents where case_id = :caseId and visibility = 'CLIENT';

-- query 92: GET /portal/cases/{caseId}/documents as contact
select d.id, d.title, d.category, v.version as current_version, v.size_bytes, v.sha256,
       v.created_at as uploaded_at,
       (select count(*) from document_comments dc where dc.document_id = d.id) as comment_count
from documents d
join document_versions v on v.document_id = d.id and v.version = d.current_version
where d.case_id = :caseId and d.visibility = 'CLIENT' order by d.created_at desc, d.id desc limit :limit offset :offset;

-- query 93: GET /portal/cases/{caseId}/documents/{documentId} as contact
\set id :documentId
select d.id, d.title, d.category, v.version as current_version, v.original_filename,
       v.size_bytes, v.sha256, v.created_at as uploaded_at, d.client_may_revise
from documents d
join document_versions v on v.document_id = d.id and v.version = d.current_version
where d.id = :id and d.case_id = :caseId and d.visibility = 'CLIENT';

-- query 94: GET /portal/cases/{caseId}/documents/{documentId} as contact
\set id :documentId
select exists (select 1 from documents
               where id = :id and case_id = :caseId and visibility = 'CLIENT');

-- query 95: GET /portal/cases/{caseId}/documents/{documentId} as contact
\set id :documentId
select v.version, v.original_filename, v.size_bytes, v.sha256, u.display_name as proposed_by,
       v.created_at as proposed_at, v.proposal_state as state, v.decided_at, v.rejection_reason
from document_versions v join user_accounts u on u.id = v.uploaded_by
where v.document_id = :id and v.proposal_state is not null
order by v.version desc;

-- query 96: GET /portal/cases/{caseId}/subjects as contact
select count(*) from subjects where case_id = :caseId and visibility = 'CLIENT';

-- query 97: GET /portal/cases/{caseId}/subjects as contact
select s.id, s.kind, s.name, s.aliases, s.date_of_birth as date_of_birth, s.identifiers, s.addresses, s.phones, s.vehicles, s.notes from subjects s where s.case_id = :caseId and s.visibility = 'CLIENT' order by lower(s.name), s.id limit :limit offset :offset;

-- query 98: GET /portal/cases/{caseId}/tasks as contact
select count(*) from case_tasks where case_id = :caseId and visibility = 'CLIENT';

-- query 99: GET /portal/cases/{caseId}/tasks as contact
select t.id, t.case_id, c.number as case_number, t.title, t.due_on, t.status
from case_tasks t join cases c on c.id = t.case_id
where t.case_id = :caseId and t.visibility = 'CLIENT' order by (t.status = 'DONE'), t.due_on nulls last, t.id limit :limit offset :offset;

-- query 100: GET /portal/renewals as contact
select count(*) from renewals r where r.client_id = :portalClientId and (r.case_id is not null and exists (select 1 from cases c where c.id = r.case_id and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionAPPROVALS as text) = any(access_p.sections))), false) and true) or r.case_id is null and exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
          and access_g.client_id = r.client_id and access_g.case_id is null and access_g.revoked_at is null)
and exists (select 1 from clients access_cl
      left join client_contacts access_cc on access_cc.id = :portalContactId
      join portal_profiles access_p on access_p.id = coalesce(access_cc.portal_profile_id,
           access_cl.portal_profile_id, (select d.id from portal_profiles d where d.is_firm_default))
      where access_cl.id = r.client_id and cast(:portalRenewalSection as text) = any(access_p.sections)
        and (cast(:portalRenewalActionAny as text) is null or cast(:portalRenewalActionAny as text) = any(access_p.actions))));

-- query 101: GET /portal/renewals as contact
select r.id, r.client_id, cl.name as client_name, r.case_id, rc.number as case_number,
       rc.title as case_title, r.title, r.price, r.term_months, r.renews_on, r.default_outcome,
       r.notice_days, r.status, r.version, r.instruction, r.instruction_comment, r.instructed_by_name,
       r.instructed_at, r.notified_at, r.notice_recipients, r.closed_at, r.cancelled_by_name,
       r.previous_id, (r.status = 'ACTIVE' and r.instruction is null and r.renews_on >= :today and r.client_id = :portalClientId and (r.case_id is not null and exists (select 1 from cases c where c.id = r.case_id and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionAPPROVALS as text) = any(access_p.sections))), false) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalActionAPPROVE as text) = any(access_p.actions))), false)) or r.case_id is null and exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
          and access_g.client_id = r.client_id and access_g.case_id is null and access_g.revoked_at is null)
and exists (select 1 from clients access_cl
      left join client_contacts access_cc on access_cc.id = :portalContactId
      join portal_profiles access_p on access_p.id = coalesce(access_cc.portal_profile_id,
           access_cl.portal_profile_id, (select d.id from portal_profiles d where d.is_firm_default))
      where access_cl.id = r.client_id and cast(:portalRenewalSection as text) = any(access_p.sections)
        and (cast(:portalRenewalActionAPPROVE as text) is null or cast(:portalRenewalActionAPPROVE as text) = any(access_p.actions))))) as instructable
from renewals r
join clients cl on cl.id = r.client_id
left join cases rc on rc.id = r.case_id
 where r.client_id = :portalClientId and (r.case_id is not null and exists (select 1 from cases c where c.id = r.case_id and c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
      where access_w.contact_id = :portalContactId and access_w.case_id is null
        and access_w.revoked_at is null)
  or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
      and access_g.case_id = c.id and access_g.revoked_at is null)) and coalesce(coalesce((select access_pc.portal_profile_id from client_contacts access_pc
          where access_pc.id = :portalContactId),
         c.portal_profile_id,
         (select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId),
         (select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default))= any(array(select access_p.id from portal_profiles access_p
            where cast(:portalSectionAPPROVALS as text) = any(access_p.sections))), false) and true) or r.case_id is null and exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
          and access_g.client_id = r.client_id and access_g.case_id is null and access_g.revoked_at is null)
and exists (select 1 from clients access_cl
      left join client_contacts access_cc on access_cc.id = :portalContactId
      join portal_profiles access_p on access_p.id = coalesce(access_cc.portal_profile_id,
           access_cl.portal_profile_id, (select d.id from portal_profiles d where d.is_firm_default))
      where access_cl.id = r.client_id and cast(:portalRenewalSection as text) = any(access_p.sections)
        and (cast(:portalRenewalActionAny as text) is null or cast(:portalRenewalActionAny as text) = any(access_p.actions)))) order by (r.status = 'ACTIVE') desc, case when r.status = 'ACTIVE' then r.renews_on end, r.renews_on desc, r.id desc limit :limit offset :offset;
