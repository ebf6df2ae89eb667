-- Who reported, as an opaque key, so that stacking can count distinct reporters without knowing who they are:
-- an account's hash for professionals, the partner organisation for partner systems, and the signal itself
-- for anonymous reporters (two anonymous reports are never assumed to come from one person).
alter table signal add column reporter_key text;
update signal s set reporter_key = 'S:' || s.id where reporter_key is null;
alter table signal alter column reporter_key set not null;

-- Subjects whose signals crossed the escalation threshold, with the explanation shown to the officers.
create table subject_escalation (
    subject_id   uuid primary key references subject (id) on delete cascade,
    signal_id    uuid not null references signal (id) on delete cascade,
    signals      integer not null,
    reporters    integer not null,
    organisations integer not null,
    score        double precision not null,
    escalated_at timestamptz not null
);
