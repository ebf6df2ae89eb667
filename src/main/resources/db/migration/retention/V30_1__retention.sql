-- Retention (issue 15, decision 0030): policies per record type and outcome in append-only versions, manual holds,
-- the owner's one extension, the notices sent, the nightly batches with their items, and the destruction list.
-- Only codes, dates and ids: nothing here holds the content of what was destroyed.

create table retention_policy (
    id             uuid primary key,
    record_type    text not null,
    -- The outcome a policy is for (a signal's closing outcome); '' for every record of the type.
    outcome        text not null default '',
    version        integer not null,
    period_months  integer not null check (period_months > 0),
    source_rule    text not null,
    action         text not null,
    legal_basis    text not null,
    -- A version applies to records whose source date falls on or after this day (until the next version's).
    effective_from date not null,
    created_by     uuid references app_user (id),
    created_at     timestamptz not null,
    unique (record_type, outcome, version),
    unique (record_type, outcome, effective_from)
);

-- A request of the police or the Public Prosecution Service (or another reason) to keep a record: never destroyed
-- while the hold is not lifted.
create table retention_hold (
    id           uuid primary key,
    record_type  text not null,
    record_id    uuid not null,
    reason       text not null,
    reference    text not null,
    placed_by    uuid not null references app_user (id),
    placed_at    timestamptz not null,
    lifted_by    uuid references app_user (id),
    lifted_at    timestamptz
);
create index retention_hold_record_idx on retention_hold (record_type, record_id) where lifted_at is null;

-- The one notice per record sent before its date, naming its owner (who alone may extend).
create table retention_notice (
    record_type text not null,
    record_id   uuid not null,
    owner_id    uuid not null references app_user (id),
    policy_id   uuid not null references retention_policy (id),
    due_on      date not null,
    sent_at     timestamptz not null,
    primary key (record_type, record_id)
);

-- The owner's extension: once per record, by at most one period.
create table retention_extension (
    record_type    text not null,
    record_id      uuid not null,
    extended_until date not null,
    reason         text not null,
    extended_by    uuid not null references app_user (id),
    extended_at    timestamptz not null,
    primary key (record_type, record_id)
);

-- A night's work: recorded with all its items before anything is destroyed, so a restart finishes it.
create table retention_batch (
    id           uuid primary key,
    run_on       date not null,
    status       text not null,
    created_at   timestamptz not null,
    approved_by  uuid references app_user (id),
    approved_at  timestamptz,
    finished_at  timestamptz
);

create table retention_batch_item (
    batch_id    uuid not null references retention_batch (id),
    record_type text not null,
    record_id   uuid not null,
    policy_id   uuid not null references retention_policy (id),
    action      text not null,
    state       text not null,
    hold_reason text,
    position    integer not null,
    primary key (batch_id, record_type, record_id)
);

-- The destruction list (vernietigingslijst): one row per record destroyed, never its content.
create table retention_destruction (
    record_type  text not null,
    record_id    uuid not null,
    policy_id    uuid not null references retention_policy (id),
    action       text not null,
    batch_id     uuid not null references retention_batch (id),
    executed_by  uuid references app_user (id),
    executed_at  timestamptz not null,
    primary key (record_type, record_id)
);
create index retention_destruction_batch_idx on retention_destruction (batch_id);

insert into retention_policy (id, record_type, outcome, version, period_months, source_rule, action, legal_basis,
        effective_from, created_at) values
    (gen_random_uuid(), 'SIGNAL', 'NO_TRAFFICKING', 1, 12, 'CLOSED_AT', 'ANONYMISE',
     'AVG art. 5 lid 1 onder e (opslagbeperking): geen aanwijzingen voor mensenhandel, dus na 12 maanden geen grond meer om de persoonsgegevens te bewaren.',
     date '2000-01-01', now()),
    (gen_random_uuid(), 'SIGNAL', 'WITHDRAWN', 1, 12, 'CLOSED_AT', 'ANONYMISE',
     'AVG art. 5 lid 1 onder e: een ingetrokken signaal wordt na 1 jaar ontdaan van persoonsgegevens (zoals Signalen na 1 jaar).',
     date '2000-01-01', now()),
    (gen_random_uuid(), 'SIGNAL', 'INSUFFICIENT_INFORMATION', 1, 24, 'CLOSED_AT', 'ANONYMISE',
     'AVG art. 5 lid 1 onder e: te weinig informatie; 2 jaar bewaren zodat een nieuw signaal erop kan aansluiten.',
     date '2000-01-01', now()),
    (gen_random_uuid(), 'SIGNAL', 'HANDED_OVER', 1, 60, 'CLOSED_AT', 'ANONYMISE',
     'WGS en AVG art. 5 lid 1 onder e: overgedragen signalen 5 jaar na afsluiten (zoals Signalen voor afgesloten meldingen).',
     date '2000-01-01', now()),
    (gen_random_uuid(), 'SIGNAL', 'MERGED', 1, 60, 'CLOSED_AT', 'ANONYMISE',
     'WGS: een signaal dat in een casus opging, 5 jaar na afsluiten; zolang de casus loopt, wordt het bewaard.',
     date '2000-01-01', now()),
    (gen_random_uuid(), 'SUBJECT', '', 1, 60, 'LAST_ACTIVITY', 'DELETE',
     'AVG art. 5 lid 1 onder e en WGS: een persoon of kenmerk in het register, 5 jaar na het laatste signaal dat hem noemt.',
     date '2000-01-01', now());
