-- What the designated officer does with a signal on the reporting route (domain §4, steps 3 to 6):
-- notes, enrichment, consultations, classification (four eyes for "trafficking"), feedback to the reporter,
-- closing with an outcome and its retention date, and a timeline of every step.

create table signal_note (
    id         uuid primary key,
    signal_id  uuid not null references signal (id) on delete cascade,
    author_id  uuid not null references app_user (id),
    body       text not null,
    created_at timestamptz not null
);
create index signal_note_signal_idx on signal_note (signal_id, created_at);

-- Route step 3: what was checked in the municipality's own records, and what was found.
create table signal_enrichment (
    id          uuid primary key,
    signal_id   uuid not null references signal (id) on delete cascade,
    source      text not null,
    checked     text not null,
    found       boolean not null,
    finding     text,
    author_id   uuid not null references app_user (id),
    recorded_at timestamptz not null
);
create index signal_enrichment_signal_idx on signal_enrichment (signal_id, recorded_at);

-- A consultation the signal goes to (e.g. the local undermining meeting) and, later, its outcome.
create table signal_consultation (
    id          uuid primary key,
    signal_id   uuid not null references signal (id) on delete cascade,
    meeting     text not null,
    planned_on  date not null,
    outcome     text,
    created_by  uuid not null references app_user (id),
    created_at  timestamptz not null,
    outcome_by  uuid references app_user (id),
    outcome_at  timestamptz
);
create index signal_consultation_signal_idx on signal_consultation (signal_id, created_at);

-- Classification decisions (domain §6). The proposal and its score are kept next to what a person chose.
-- "Trafficking" waits for a second authorised person; only CONFIRMED rows count.
create table signal_classification (
    id               uuid primary key,
    signal_id        uuid not null references signal (id) on delete cascade,
    level            text not null,
    proposed_level   text not null,
    score            integer not null,
    reason           text not null,
    state            text not null check (state in ('CONFIRMED', 'AWAITING_CONFIRMATION', 'REJECTED')),
    decided_by       uuid not null references app_user (id),
    decided_at       timestamptz not null,
    confirmed_by     uuid references app_user (id),
    confirmed_at     timestamptz,
    check (confirmed_by is null or confirmed_by <> decided_by)
);
create index signal_classification_signal_idx on signal_classification (signal_id, decided_at);
create unique index signal_classification_one_waiting on signal_classification (signal_id)
    where state = 'AWAITING_CONFIRMATION';

-- Route step 6 and the end of the route: when the reporter was told (or why not), and how the signal ended.
create table signal_closure (
    signal_id            uuid primary key references signal (id) on delete cascade,
    reporter_informed_at timestamptz,
    reporter_informed_by uuid references app_user (id),
    feedback_template    text,
    not_informed_reason  text,
    outcome              text,
    outcome_note         text,
    closed_by            uuid references app_user (id),
    closed_at            timestamptz,
    retain_until         date
);
create index signal_closure_retention_idx on signal_closure (retain_until) where retain_until is not null;

-- Every step on the route, with who did it: the officer's own steps and the partners' answers.
-- Only codes and ids: what was written stays in the tables above.
create table signal_timeline (
    id              uuid primary key,
    signal_id       uuid not null references signal (id) on delete cascade,
    kind            text not null,
    detail          text,
    actor_id        uuid references app_user (id),
    organisation_id uuid references organisation (id),
    occurred_at     timestamptz not null
);
create index signal_timeline_signal_idx on signal_timeline (signal_id, occurred_at);
