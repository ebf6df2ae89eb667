-- Issue 17 point 6: a keyed, partitioned, anchored audit trail (docs/decisions/0011-keyed-anchored-audit-trail.md).

-- The trail's identity: bound into every keyed hash and every anchor, so anchors of another database never
-- count for this one, and changing it breaks every keyed record.
create table audit_trail (
    id         uuid primary key,
    created_at timestamptz not null default now()
);
insert into audit_trail (id) values (gen_random_uuid());

-- hash_version 1: the previous release's unkeyed SHA-256 (one chain, 0); 2: HMAC-SHA256 with a key outside
-- the database. chain: the partition the record is linked in. reason and repeat_count: aggregated records of
-- repeated failures (one record per interval, reason and actor, with the number of occurrences).
alter table audit_record
    add column hash_version smallint not null default 1 check (hash_version in (1, 2)),
    add column chain        smallint not null default 0 check (chain >= 0),
    add column reason       text,
    add column repeat_count integer check (repeat_count > 0);
alter table audit_record alter column hash_version drop default, alter column chain drop default;

create index audit_record_chain_idx on audit_record (chain, seq);

-- The database assigns seq: a record must carry the number this very session has just drawn from the
-- sequence (nextval), so no one can choose a number, let alone one beyond the head. The application role
-- may use the sequence but not set it (no UPDATE right, so no setval).
create function audit_record_assigned_seq() returns trigger
    language plpgsql as
$$
begin
    if new.seq is distinct from currval('audit_record_seq') then
        raise exception 'audit record numbers are assigned by the database' using errcode = 'insufficient_privilege';
    end if;
    return new;
exception
    when object_not_in_prerequisite_state then
        raise exception 'audit record numbers are assigned by the database' using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_record_seq_from_sequence
    before insert on audit_record
    for each row execute function audit_record_assigned_seq();

alter table audit_record alter column seq set default nextval('audit_record_seq');

create trigger audit_trail_no_update_or_delete
    before update or delete on audit_trail
    for each row execute function audit_record_refuse_change();

create trigger audit_trail_no_truncate
    before truncate on audit_trail
    for each statement execute function audit_record_refuse_change();

revoke insert, update, delete, truncate on audit_trail from public;

do
$$
declare
    app text := '${approle}';
begin
    if app <> '' and app <> current_user and exists (select 1 from pg_roles where rolname = app) then
        execute format('revoke insert, update, delete, truncate on audit_trail from %I', app);
        execute format('grant select on audit_trail to %I', app);
    end if;
end
$$;
