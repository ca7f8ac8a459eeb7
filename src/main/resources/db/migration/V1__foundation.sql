-- Caseport foundation: the firm, staff accounts, clients and contacts, cases, time slips,
-- expenses, the retainer/budget ledger and subjects of interest.

create extension if not exists pg_trgm;

create table firm_settings (
    id         int primary key default 1 check (id = 1),
    name       text not null,
    updated_at timestamptz not null default now()
);

create table user_accounts (
    id            bigint generated always as identity primary key,
    email         text not null,
    display_name  text not null,
    phone         text,
    password_hash text not null,
    role          text not null check (role in ('ADMIN', 'INVESTIGATOR')),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    version       int not null default 0
);
create unique index user_accounts_email_uk on user_accounts (lower(email));

create table clients (
    id         bigint generated always as identity primary key,
    kind       text not null check (kind in ('ORGANISATION', 'PERSON')),
    name       text not null,
    email      text,
    phone      text,
    address    text,
    notes      text,
    created_at timestamptz not null default now(),
    version    int not null default 0
);
create index clients_name_idx on clients (lower(name));

create table client_contacts (
    id         bigint generated always as identity primary key,
    client_id  bigint not null references clients (id),
    name       text not null,
    email      text not null,
    phone      text,
    role_title text,
    created_at timestamptz not null default now(),
    version    int not null default 0
);
create index client_contacts_client_idx on client_contacts (client_id);
create unique index client_contacts_email_per_client_uk on client_contacts (client_id, lower(email));

create table case_number_sequences (
    year       int primary key,
    last_value int not null
);

create table cases (
    id                   bigint generated always as identity primary key,
    number               text not null unique,
    title                text not null,
    client_id            bigint not null references clients (id),
    case_type            text not null,
    description          text,
    status               text not null check (status in ('OPEN', 'ACTIVE', 'ON_HOLD', 'CLOSED')),
    lead_investigator_id bigint references user_accounts (id),
    opened_on            date not null,
    closed_on            date,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              int not null default 0
);
create index cases_client_idx on cases (client_id);
create index cases_status_idx on cases (status);
create index cases_lead_idx on cases (lead_investigator_id);
create index cases_updated_idx on cases (updated_at desc);
create index cases_search_trgm_idx on cases using gin ((number || ' ' || title) gin_trgm_ops);

create table case_assignments (
    case_id  bigint not null references cases (id) on delete cascade,
    staff_id bigint not null references user_accounts (id),
    primary key (case_id, staff_id)
);
create index case_assignments_staff_idx on case_assignments (staff_id);

create table time_slips (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references cases (id),
    work_date   date not null,
    staff_id    bigint references user_accounts (id),
    hours       numeric(7, 2) not null check (hours >= 0),
    rate        numeric(12, 2) not null check (rate >= 0),
    billable    boolean not null,
    body        text not null,
    visibility  text not null default 'INTERNAL' check (visibility in ('INTERNAL', 'CLIENT')),
    origin      text not null default 'STAFF' check (origin in ('STAFF', 'SYSTEM')),
    created_at  timestamptz not null default now(),
    version     int not null default 0
);
create index time_slips_case_idx on time_slips (case_id, work_date desc, id desc);

create table expenses (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references cases (id),
    spent_on    date not null,
    category    text not null,
    amount      numeric(12, 2) not null check (amount >= 0),
    description text not null,
    billable    boolean not null,
    visibility  text not null default 'INTERNAL' check (visibility in ('INTERNAL', 'CLIENT')),
    created_by  bigint references user_accounts (id),
    created_at  timestamptz not null default now(),
    version     int not null default 0
);
create index expenses_case_idx on expenses (case_id, spent_on desc, id desc);

create table ledger_entries (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references cases (id),
    kind        text not null check (kind in ('BUDGET_AUTHORISATION', 'BUDGET_INCREASE', 'RETAINER_PAYMENT')),
    amount      numeric(12, 2) not null check (amount > 0),
    entry_date  date not null,
    reference   text,
    created_by  bigint references user_accounts (id),
    created_at  timestamptz not null default now()
);
create index ledger_entries_case_idx on ledger_entries (case_id, entry_date desc, id desc);

create table subjects (
    id            bigint generated always as identity primary key,
    case_id       bigint not null references cases (id),
    kind          text not null check (kind in ('PERSON', 'COMPANY')),
    name          text not null,
    aliases       text,
    date_of_birth date,
    identifiers   text,
    addresses     text,
    phones        text,
    vehicles      text,
    notes         text,
    visibility    text not null default 'INTERNAL' check (visibility in ('INTERNAL', 'CLIENT')),
    created_at    timestamptz not null default now(),
    version       int not null default 0
);
create index subjects_case_idx on subjects (case_id, name);
