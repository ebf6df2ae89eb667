-- Append-only, hash-chained audit trail (NEN 7513 style). No free text: only codes and identifiers.
create table audit_record (
    seq             bigint primary key,
    occurred_at     timestamptz not null,
    user_id         uuid,
    organisation_id uuid,
    role            text,
    action          text not null,
    object_type     text,
    object_id       text,
    purpose         text not null,
    outcome         text not null check (outcome in ('SUCCESS', 'DENIED', 'FAILURE')),
    correlation_id  text,
    previous_hash   text not null,
    hash            text not null
);

create sequence audit_record_seq;

create index audit_record_time_idx on audit_record (occurred_at);
create index audit_record_user_idx on audit_record (user_id, occurred_at);
create index audit_record_object_idx on audit_record (object_type, object_id);

-- The database itself refuses to change or remove audit records, whoever asks through normal SQL.
create function audit_record_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit records are append-only' using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_record_no_update_or_delete
    before update or delete on audit_record
    for each row execute function audit_record_refuse_change();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_refuse_change();

revoke update, delete, truncate on audit_record from public;
