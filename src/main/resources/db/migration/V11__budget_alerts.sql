-- Budget alerts (issue 7): staff are warned when the spending on a case passes thresholds of the
-- budget its client authorised, and the client's contacts too where the firm chose so.

-- The firm's choice: at which shares of the authorised budget (whole percent, at most five) to
-- warn, and whether the contacts who see the case's budget in the portal are warned as well.
create table budget_alert_settings (
    id            int primary key default 1 check (id = 1),
    thresholds    int[] not null default '{80,100}'
                  check (cardinality(thresholds) between 1 and 5 and array_position(thresholds, null) is null
                         and 1 <= all (thresholds) and 500 >= all (thresholds)),
    warn_contacts boolean not null default false,
    updated_at    timestamptz not null default now()
);
insert into budget_alert_settings (id) values (1);

-- One row per case and threshold it has passed: the warning went out. A run inserts with
-- "on conflict do nothing" and warns only for the rows it actually inserted, so two runs (or two
-- instances) at once never warn twice. A row is deleted when the case falls back below its
-- threshold (more budget, a corrected expense), so passing it again warns again.
create table budget_alerts (
    case_id    bigint not null references cases (id),
    threshold  int not null check (threshold between 1 and 500),
    crossed_at timestamptz not null,
    primary key (case_id, threshold)
);
