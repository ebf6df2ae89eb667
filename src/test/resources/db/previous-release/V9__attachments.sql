-- Files sent with signals (photos, PDFs), checked by content and stripped of metadata before storing.
-- Name and content are stored only sealed (AES-256-GCM, see the sealing module), with a context naming
-- the row's id, owner and content type: a row moved to another owner or given another type no longer
-- unseals. There is deliberately no plain hash of the content: anyone reading the table could use it to
-- confirm that a known photo is stored here (see docs/decisions/0003-attachments.md).
create table attachment (
    id               uuid primary key,
    -- Keeps the order in which files were stored, also when they were stored at the same instant.
    seq              bigint generated always as identity unique,
    owner_type       text not null check (owner_type ~ '^[A-Z][A-Z_]{0,39}$'),
    owner_id         uuid not null,
    sealed_filename  bytea not null,
    content_type     text not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size             bigint not null check (size > 0),
    sealed_content   bytea not null,
    stored_at        timestamptz not null
);

create index attachment_owner_idx on attachment (owner_type, owner_id, seq);
