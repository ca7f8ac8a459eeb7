-- How each person hears about events on their cases (issue 6). An account without a row is told
-- at once (IMMEDIATE). last_digest_on is the day, in the application clock's zone, of the account's
-- latest digest: at most one digest per account per day.
create table notification_preferences (
    account_id     bigint primary key references user_accounts (id),
    mode           text not null default 'IMMEDIATE' check (mode in ('IMMEDIATE', 'DAILY_DIGEST')),
    last_digest_on date,
    updated_at     timestamptz not null default now()
);

-- A notice kept for the daily digest of someone who chose one. digested_at (and the mail it went
-- out in) is set in the transaction that queues the digest, so an item is in one digest only.
create table digest_items (
    id          bigint generated always as identity primary key,
    account_id  bigint not null references user_accounts (id),
    summary     text not null,
    path        text not null,
    created_at  timestamptz not null default now(),
    digested_at timestamptz,
    mail_id     bigint references mail_messages (id),
    check ((digested_at is null) = (mail_id is null))
);
-- What the digest sender looks for: each account's items not yet mailed, oldest first.
create index digest_items_pending_idx on digest_items (account_id, created_at, id) where digested_at is null;
create index digest_items_account_idx on digest_items (account_id);
create index digest_items_mail_idx on digest_items (mail_id) where mail_id is not null;
