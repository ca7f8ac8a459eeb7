-- Renewals (issue 7): recurring engagements on a client or on one of its cases, with a term, a
-- price, a renewal date and what happens when the client says nothing. A contact instructs "renew"
-- or "let lapse" once, until the end of the renewal date (a conditional update of an ACTIVE row
-- with no instruction is what makes exactly one instruction win); after the date a scheduled run
-- applies the instruction, or else the default outcome. Renewing marks the row RENEWED and opens
-- the next term as a new ACTIVE row pointing back at it (previous_id is unique, so a term is
-- renewed at most once).

-- A case-level renewal belongs to that case's client; this pair is what the renewal refers to, so
-- the database refuses a case of another client, and a case moved to another client takes its
-- renewals with it.
create unique index cases_id_client_uk on cases (id, client_id);

create table renewals (
    id                  bigint generated always as identity primary key,
    client_id           bigint not null references clients (id),
    case_id             bigint,
    previous_id         bigint unique references renewals (id),
    title               text not null check (length(title) between 1 and 200),
    price               numeric(12, 2) not null check (price > 0),
    term_months         int not null check (term_months between 1 and 36),
    renews_on           date not null,
    default_outcome     text not null check (default_outcome in ('RENEW', 'LAPSE')),
    notice_days         int not null check (notice_days between 0 and 90),
    status              text not null default 'ACTIVE' check (status in ('ACTIVE', 'RENEWED', 'LAPSED', 'CANCELLED')),
    -- Raised by every staff edit; an instruction answers the terms the contact read, so it names the version.
    version             int not null default 0,
    instruction         text check (instruction in ('RENEW', 'LAPSE')),
    instruction_comment text check (length(instruction_comment) <= 2000),
    instructed_by       bigint references user_accounts (id),
    instructed_by_name  text,
    instructed_at       timestamptz,
    notified_at         timestamptz,
    notice_recipients   int,
    closed_at           timestamptz,
    cancelled_by_name   text,
    created_by          bigint references user_accounts (id),
    created_at          timestamptz not null default now(),
    foreign key (case_id, client_id) references cases (id, client_id) on update cascade,
    check ((instruction is null) = (instructed_at is null)),
    check ((status = 'ACTIVE') = (closed_at is null))
);
create index renewals_client_idx on renewals (client_id, renews_on);
create index renewals_case_idx on renewals (case_id) where case_id is not null;
-- The scheduled work (notices, deadlines) and the upcoming list look at active renewals only.
create index renewals_active_idx on renewals (renews_on, id) where status = 'ACTIVE';
