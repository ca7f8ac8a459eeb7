-- Messages between the firm and a client's contacts (issue 6): one thread per case, which every
-- contact who sees the case's messages reads and writes, and which staff answer or mark handled.
-- Messages are only ever added; their text is stored as written and escaped when shown.

create table message_threads (
    case_id              bigint primary key references cases (id),
    last_message_at      timestamptz not null,
    awaiting_reply_since timestamptz,
    handled_at           timestamptz,
    handled_by           bigint references user_accounts (id)
);
-- The staff inbox: threads whose latest client message nobody answered or marked handled yet.
create index message_threads_awaiting_idx on message_threads (awaiting_reply_since)
    where awaiting_reply_since is not null;

create table case_messages (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references message_threads (case_id),
    author_id   bigint not null references user_accounts (id),
    author_name text not null,
    from_client boolean not null,
    about       text check (length(about) <= 200),
    body        text not null check (length(body) between 1 and 4000),
    created_at  timestamptz not null default now()
);
create index case_messages_thread_idx on case_messages (case_id, id desc);

-- The firm's choice for messages: whether mails telling contacts of a reply carry its text (by
-- default they carry a link only).
create table message_settings (
    id            int primary key default 1 check (id = 1),
    text_in_mails boolean not null default false,
    updated_at    timestamptz not null default now()
);
insert into message_settings (id) values (1);
