-- Portal lists (issue 8, point 3): a profile gives the contacts it applies to named lists of their
-- cases, each a preset of cases and the columns the admin chose (names of PortalListPreset and
-- PortalListColumn); a contact saves searches of their own over those lists.

create table portal_lists (
    id         bigint generated always as identity primary key,
    profile_id bigint not null references portal_profiles (id) on delete cascade,
    name       text not null,
    preset     text not null check (preset in ('ALL', 'OPEN', 'CLOSED_THIS_YEAR', 'BUDGET_80_PERCENT_USED')),
    columns    text[] not null default '{}',
    position   int not null,
    created_at timestamptz not null default now()
);
create unique index portal_lists_name_uk on portal_lists (profile_id, lower(name));
create index portal_lists_profile_idx on portal_lists (profile_id, position, id);

-- A contact's saved search: the list it ran in and its filters. list_id is a portal_lists id, 0 for
-- the built-in list, null for whichever list comes first; it is deliberately no foreign key: a
-- deleted list is told apart from none, and a search whose list is no longer offered runs over the
-- first one offered, saying so.
create table portal_saved_searches (
    id          bigint generated always as identity primary key,
    contact_id  bigint not null references client_contacts (id) on delete cascade,
    name        text not null,
    list_id     bigint,
    status      text check (status in ('OPEN', 'ACTIVE', 'ON_HOLD', 'CLOSED')),
    text_query  text,
    opened_from date,
    opened_to   date,
    created_at  timestamptz not null default now()
);
create unique index portal_saved_searches_name_uk on portal_saved_searches (contact_id, lower(name));

-- A list pages a client's cases newest number first. (Its text search uses the trigram indexes of
-- cases' number and title, V1, and of subjects' names and aliases, V16.)
create index cases_client_number_idx on cases (client_id, number desc);
