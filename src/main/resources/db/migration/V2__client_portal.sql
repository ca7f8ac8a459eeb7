-- The client portal: access profiles, contact logins, grants, one-time account tokens, the audit
-- log, the mail outbox and the firm's logo.

create table portal_profiles (
    id              bigint generated always as identity primary key,
    name            text not null,
    description     text,
    sections        text[] not null default '{}',
    fields          text[] not null default '{}',
    actions         text[] not null default '{}',
    is_firm_default boolean not null default false,
    created_at      timestamptz not null default now(),
    version         int not null default 0
);
create unique index portal_profiles_name_uk on portal_profiles (lower(name));
create unique index portal_profiles_one_firm_default_uk on portal_profiles (is_firm_default) where is_firm_default;

insert into portal_profiles (name, description, sections, fields, actions, is_firm_default) values
    ('Standard', 'Everything the firm shares: status, investigator, budget, notes with hours, expenses, documents and subjects.',
     '{OVERVIEW,BUDGET,NOTES,EXPENSES,DOCUMENTS,SUBJECTS,MESSAGES,REPORTS}',
     '{INVESTIGATOR_EMAIL,INVESTIGATOR_PHONE,NOTE_HOURS,EXPENSE_AMOUNTS,SUBJECT_IDENTIFIERS}',
     '{DOWNLOAD,UPLOAD,MESSAGE}', true),
    ('Status only', 'The case status and the assigned investigator, nothing else.',
     '{OVERVIEW}', '{}', '{}', false);

alter table clients add column portal_profile_id bigint references portal_profiles (id);
alter table client_contacts add column portal_profile_id bigint references portal_profiles (id);
alter table cases add column portal_profile_id bigint references portal_profiles (id);

-- Client contacts sign in on the same page as staff: one account per contact.
alter table user_accounts drop constraint user_accounts_role_check;
alter table user_accounts add constraint user_accounts_role_check check (role in ('ADMIN', 'INVESTIGATOR', 'CONTACT'));
alter table user_accounts alter column password_hash drop not null;
alter table user_accounts add column contact_id bigint unique references client_contacts (id);
alter table user_accounts add column last_sign_in_at timestamptz;
alter table user_accounts add constraint user_accounts_contact_has_contact_id
    check ((role = 'CONTACT') = (contact_id is not null));

create table portal_grants (
    id         bigint generated always as identity primary key,
    contact_id bigint not null references client_contacts (id),
    client_id  bigint not null references clients (id),
    case_id    bigint references cases (id),
    granted_by bigint references user_accounts (id),
    granted_at timestamptz not null default now(),
    revoked_by bigint references user_accounts (id),
    revoked_at timestamptz
);
create unique index portal_grants_active_uk on portal_grants (contact_id, coalesce(case_id, 0)) where revoked_at is null;
create index portal_grants_case_idx on portal_grants (case_id) where revoked_at is null;

create table account_tokens (
    id              bigint generated always as identity primary key,
    user_account_id bigint not null references user_accounts (id),
    purpose         text not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    token_hash      text not null unique,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    created_by      bigint references user_accounts (id),
    created_at      timestamptz not null default now()
);
create index account_tokens_account_idx on account_tokens (user_account_id, purpose);

create table audit_events (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    actor_id       bigint references user_accounts (id),
    actor_label    text,
    action         text not null,
    target_type    text,
    target_id      bigint,
    source_address text,
    detail         text
);
create index audit_events_occurred_idx on audit_events (occurred_at desc, id desc);
create index audit_events_target_idx on audit_events (target_type, target_id);

create function audit_events_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only';
end
$$;
create trigger audit_events_append_only before update or delete on audit_events
    for each row execute function audit_events_are_append_only();

-- The mail outbox: a mail is stored in the transaction that caused it, then sent (and retried
-- until it is) by the dispatcher. Without SMTP it stays here for the admins' mail log.
create table mail_messages (
    id              bigint generated always as identity primary key,
    recipient       text not null,
    subject         text not null,
    text_body       text not null,
    html_body       text not null,
    status          text not null default 'PENDING' check (status in ('PENDING', 'SENT')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index mail_messages_due_idx on mail_messages (next_attempt_at) where status = 'PENDING';
create index mail_messages_created_idx on mail_messages (created_at desc, id desc);

alter table firm_settings add column logo bytea;
alter table firm_settings add column logo_content_type text;
