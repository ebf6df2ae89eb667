-- Victim care trajectories (issue 13): the lead care coordinator, the responsible municipality, needs, consent,
-- the B8 reflection period with the notices sent, and the non-punishment flag. The person is a subject of the
-- registry (stacking) and the case one of the cases module: referenced by id only, no foreign key.
create table trajectory (
    id                    uuid primary key,
    region_id             uuid not null references region (id),
    subject_id            uuid,
    case_id               uuid,
    person_label          text not null check (length(person_label) between 1 and 200),
    lead_organisation_id  uuid not null references organisation (id),
    lead_user_id          uuid not null references app_user (id),
    municipality_id       uuid not null references organisation (id),
    municipality_reason   text not null check (municipality_reason in ('BRP', 'FOUND_HERE', 'AGREED')),
    age                   integer check (age between 0 and 120),
    residence_status      text not null,
    unaccompanied_minor   boolean not null default false,
    exploitation_forms    text[] not null default '{}',
    needs                 text[] not null default '{}',
    status                text not null,
    consent_status        text not null default 'NOT_ASKED',
    consent_signer        text check (consent_signer in ('VICTIM', 'PARENT_OR_GUARDIAN')),
    created_at            timestamptz not null,
    updated_at            timestamptz not null
);

create index trajectory_lead_idx on trajectory (lead_organisation_id, status);
create index trajectory_municipality_idx on trajectory (municipality_id);
create index trajectory_subject_idx on trajectory (subject_id);

-- Every move of a trajectory and of its consent, with who made it.
create table trajectory_event (
    id            uuid primary key,
    trajectory_id uuid not null references trajectory (id) on delete cascade,
    code          text not null,
    user_id       uuid references app_user (id),
    at            timestamptz not null
);

create index trajectory_event_idx on trajectory_event (trajectory_id, at);

-- The B8 reflection period: end = start + 3 calendar months (computed in java.time, kept for the police's view).
create table b8_period (
    trajectory_id uuid primary key references trajectory (id) on delete cascade,
    start_date    date not null,
    end_date      date not null check (end_date > start_date),
    decision      text not null check (decision in ('AANGIFTE', 'COOPERATION', 'NO', 'PENDING')),
    placement_id  uuid,
    decided_at    timestamptz,
    updated_at    timestamptz not null
);

-- What the B8 job sent: each notice once per period (its end date is part of the key).
create table b8_notice (
    trajectory_id uuid not null references trajectory (id) on delete cascade,
    notice        text not null check (notice in ('DAYS_14_BEFORE_END', 'DAYS_7_BEFORE_END', 'EXPIRED_UNDECIDED')),
    end_date      date not null,
    sent_at       timestamptz not null,
    primary key (trajectory_id, notice, end_date)
);

-- A person who is both a possible victim and a suspect: the non-punishment principle applies.
create table non_punishment_flag (
    trajectory_id uuid primary key references trajectory (id) on delete cascade,
    subject_id    uuid,
    offence_type  text not null,
    om_informed   boolean not null,
    tmm_informed  boolean not null,
    recorded_by   uuid not null references app_user (id),
    recorded_at   timestamptz not null
);

create index non_punishment_subject_idx on non_punishment_flag (subject_id);
