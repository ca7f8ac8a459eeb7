-- The portal's questions over a client's cases — how many the contact sees, which show the budget —
-- read only the case's id and portal profile besides its client (issue 9): with both in the index,
-- a client with thousands of cases is counted and filtered from the index alone. It replaces the
-- index on client_id, its prefix.
create index cases_client_cover_idx on cases (client_id, id) include (portal_profile_id);
drop index cases_client_idx;
