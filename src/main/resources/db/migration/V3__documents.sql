-- Documents of a case (issue 4). A document is what staff title, categorise and share; each
-- upload of its file is a version (1, 2, …), immutable once written. The current version is the
-- highest. Files live in the document store under storage_key; the database keeps their facts.
create table documents (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references cases (id),
    title       text not null,
    category    text not null check (category in ('REPORT', 'EVIDENCE', 'CORRESPONDENCE', 'MEDIA', 'OTHER')),
    visibility  text not null default 'INTERNAL' check (visibility in ('INTERNAL', 'CLIENT')),
    created_by  bigint not null references user_accounts (id),
    created_at  timestamptz not null default now(),
    version     integer not null default 0
);

create index documents_by_case on documents (case_id, created_at desc, id desc);

create table document_versions (
    id                bigint generated always as identity primary key,
    document_id       bigint not null references documents (id),
    version           integer not null check (version >= 1),
    original_filename text not null,
    content_type      text not null,
    size_bytes        bigint not null check (size_bytes > 0),
    sha256            text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key       text not null unique,
    uploaded_by       bigint not null references user_accounts (id),
    created_at        timestamptz not null default now(),
    unique (document_id, version)
);
