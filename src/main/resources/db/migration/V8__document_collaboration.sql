-- Collaboration on shared documents (issue 6): a comment thread per document, and revised
-- versions that a client's contact proposes where staff allow it, which staff accept or reject.

-- The current version is recorded instead of being the highest: a proposed version takes the next
-- number but is not current unless staff accept it. The foreign key is checked at commit, because
-- a new document's row is written before its first version.
alter table documents add column current_version integer;
update documents d set current_version = (select max(v.version) from document_versions v where v.document_id = d.id);
alter table documents alter column current_version set not null;
alter table documents add constraint documents_current_version_fk foreign key (id, current_version)
    references document_versions (document_id, version) deferrable initially deferred;

-- "Client may revise": staff invite the client's contacts to propose a revised version. Only a
-- shared document can invite revisions.
alter table documents add column client_may_revise boolean not null default false;
alter table documents add constraint documents_revisions_only_when_shared
    check (not client_may_revise or visibility = 'CLIENT');

-- A version a contact proposed: PENDING until staff decide, then ACCEPTED (it became the current
-- version) or REJECTED (with an optional reason the contact sees). Staff versions have no state.
alter table document_versions add column proposal_state text
    check (proposal_state in ('PENDING', 'ACCEPTED', 'REJECTED'));
alter table document_versions add column decided_by bigint references user_accounts (id);
alter table document_versions add column decided_at timestamptz;
alter table document_versions add column rejection_reason text check (char_length(rejection_reason) <= 2000);
alter table document_versions add constraint document_versions_decision_recorded check (
    (coalesce(proposal_state, '') in ('ACCEPTED', 'REJECTED')) = (decided_by is not null and decided_at is not null)
    and (rejection_reason is null or proposal_state = 'REJECTED'));
create unique index document_versions_one_pending_proposal on document_versions (document_id)
    where proposal_state = 'PENDING';

-- A version's file and facts never change; the only update there is is deciding a pending proposal.
create function document_versions_only_decisions_change() returns trigger language plpgsql as $$
begin
    if old.proposal_state is distinct from 'PENDING' or coalesce(new.proposal_state, '') not in ('ACCEPTED', 'REJECTED')
       or (new.document_id, new.version, new.original_filename, new.content_type, new.size_bytes, new.sha256,
           new.storage_key, new.uploaded_by, new.created_at)
          is distinct from (old.document_id, old.version, old.original_filename, old.content_type, old.size_bytes,
           old.sha256, old.storage_key, old.uploaded_by, old.created_at) then
        raise exception 'a document version changes only when staff decide on a pending proposal';
    end if;
    return new;
end
$$;
create trigger document_versions_only_decisions_change before update on document_versions
    for each row execute function document_versions_only_decisions_change();

-- One thread per document, staff and the client's contacts alike, oldest first. A comment may
-- point at a page, or at a time in a video or a recording (in seconds), never both.
create table document_comments (
    id          bigint generated always as identity primary key,
    document_id bigint not null references documents (id),
    author_id   bigint not null references user_accounts (id),
    body        text not null check (char_length(body) between 1 and 4000),
    at_page     integer check (at_page between 1 and 100000),
    at_seconds  integer check (at_seconds between 0 and 359999),
    created_at  timestamptz not null default now(),
    check (at_page is null or at_seconds is null)
);

create index document_comments_by_document on document_comments (document_id, created_at, id);
