-- Indexes for the list and search queries of the staff UI and the portal (issue 9). Each one serves
-- a query in bench/explain-queries.sql; bench/EXPLAIN.md shows the plans (see docs/decisions.md).

-- The portal lists a case's shared notes and expenses newest first, a page at a time, and counts
-- them. On a long-running case most notes are internal: with these the page and the count read only
-- the shared ones, in order, instead of every note of the case.
create index time_slips_shared_page_idx on time_slips (case_id, work_date desc, id desc) where visibility = 'CLIENT';
create index expenses_shared_page_idx on expenses (case_id, spent_on desc, id desc) where visibility = 'CLIENT';

-- The portal dashboard orders a contact's cases by when something was last shared on each: the
-- newest shared note, expense and subject of a case are then one index entry each, not a scan of the
-- case's rows (a contact of a large client may see thousands of cases).
create index time_slips_shared_created_idx on time_slips (case_id, created_at desc) where visibility = 'CLIENT';
create index expenses_shared_created_idx on expenses (case_id, created_at desc) where visibility = 'CLIENT';
create index subjects_shared_created_idx on subjects (case_id, created_at desc) where visibility = 'CLIENT';

-- The staff case list's default order (recently updated first, id to break ties) read from an index,
-- so the first page stops after 25 rows; it replaces the index on updated_at alone.
create index cases_updated_id_idx on cases (updated_at desc, id desc);
drop index cases_updated_idx;

-- Text search. The case list's search on number and title has had its trigram index since V1
-- (cases_search_trgm_idx); the client list searches names and email addresses with ilike '%…%',
-- and subjects are searched by name and alias (the portal's case search), which only a trigram
-- index serves: a b-tree cannot answer a pattern that starts with a wildcard.
create index clients_name_trgm_idx on clients using gin (name gin_trgm_ops);
create index clients_email_trgm_idx on clients using gin (email gin_trgm_ops);
create index subjects_name_trgm_idx on subjects using gin (name gin_trgm_ops);
create index subjects_aliases_trgm_idx on subjects using gin (aliases gin_trgm_ops);

-- What a case has spent (billable time plus billable expenses) is summed on every page that shows a
-- budget: the overview, the ledger, the portal's budget and dashboard, the firm dashboard. A long
-- case has tens of thousands of notes; these let the sums read a compact index instead of the rows.
-- The date comes second, so the contact dashboard's spend per month over a year reads the same
-- index for a date range of each case, without visiting the rows.
create index time_slips_billable_idx on time_slips (case_id, work_date) include (hours, rate) where billable;
create index expenses_billable_idx on expenses (case_id, spent_on) include (amount) where billable;
