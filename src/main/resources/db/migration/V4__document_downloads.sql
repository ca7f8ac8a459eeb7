-- Every download of a document through the portal (issue 4): which version, by which contact's
-- account, when, from which address. Staff see it on the document. Rows are only ever added.
-- A staff member previewing the portal downloads as themselves: that is audited, not logged here.
create table document_downloads (
    id             bigint generated always as identity primary key,
    document_id    bigint not null references documents (id),
    version        integer not null check (version >= 1),
    account_id     bigint not null references user_accounts (id),
    downloaded_at  timestamptz not null default now(),
    source_address text
);

create index document_downloads_by_document on document_downloads (document_id, downloaded_at desc, id desc);
