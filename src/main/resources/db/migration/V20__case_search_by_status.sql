-- The staff case list searches a case's number and title, most often within one status (the list's
-- status filter). With the trigram index alone PostgreSQL found the text's matches, found every case
-- of the status in a second index (12,778 active cases on the large bench firm) and intersected the
-- two. btree_gin lets one GIN index hold the status beside the trigrams: a status and a text are
-- found together, and a text alone still uses the same index (GIN serves any subset of its
-- columns), so it replaces the trigram-only index. btree_gin is a trusted extension: a database
-- owner may create it, as with pg_trgm.
create extension if not exists btree_gin;

create index cases_status_search_trgm_idx on cases
    using gin (status, (number || ' ' || title) gin_trgm_ops);

drop index cases_search_trgm_idx;
