-- The portal dashboard's upcoming tasks: the open tasks shared with clients, soonest first. The
-- firm-wide index of open tasks made the query visit every open task due from today (5,313 on the
-- large bench firm) to find the shared ones of one client; this one holds only shared open tasks,
-- in the order the dashboard shows them, with their case for the join.
create index case_tasks_shared_open_idx on case_tasks (due_on, id) include (case_id)
    where status <> 'DONE' and visibility = 'CLIENT';

-- The cases with a portal profile of their own, by client: a dashboard total over a whole client
-- may skip asking case by case when the client has none (AccessPolicy.portalShowsSectionOnEveryCase).
create index cases_own_profile_idx on cases (client_id) where portal_profile_id is not null;
