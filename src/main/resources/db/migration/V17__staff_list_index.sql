-- Every staff case list offers its staff members as an assignee filter (enabled staff by name);
-- on a large firm the accounts are mostly contacts, so the staff are read from this partial index
-- instead of scanning every account (issue 9, bench/EXPLAIN.md).
create index user_accounts_enabled_staff_idx on user_accounts (lower(display_name), id)
    where enabled and role <> 'CONTACT';
