-- Cases (issue 12): a case with one lead, participants with scopes, milestones, interventions from a
-- versioned catalogue, and an append-only case log. Who sees what is decided in the queries (cases module).

create sequence case_reference_seq;

-- The intervention catalogue: each type with its legal article, versioned (a change is a new version).
create table intervention_type (
    code          text    not null,
    version       int     not null,
    legal_article text    not null,
    default_scope text    not null,
    has_amount    boolean not null default false,
    active        boolean not null default true,
    primary key (code, version)
);

insert into intervention_type (code, version, legal_article, default_scope, has_amount) values
    ('ADMINISTRATIVE_WARNING', 1, 'art. 172 Gemeentewet', 'ADMINISTRATIVE', false),
    ('ORDER_SUBJECT_TO_PENALTY', 1, 'art. 125 Gemeentewet', 'ADMINISTRATIVE', true),
    ('ADMINISTRATIVE_ENFORCEMENT', 1, 'art. 125 Gemeentewet', 'ADMINISTRATIVE', true),
    ('PREMISES_CLOSURE', 1, 'art. 174a Gemeentewet', 'ADMINISTRATIVE', false),
    ('LICENCE_REFUSAL', 1, 'APV', 'ADMINISTRATIVE', false),
    ('BIBOB_SCREENING', 1, 'Wet Bibob', 'ADMINISTRATIVE', false),
    ('INTEGRATED_INSPECTION', 1, 'art. 174 Gemeentewet', 'ADMINISTRATIVE', false),
    ('POLICE_REPORT', 1, 'art. 161 Wetboek van Strafvordering', 'CRIMINAL', false),
    ('FISCAL_MEASURE', 1, 'Algemene wet inzake rijksbelastingen', 'ADMINISTRATIVE', true),
    ('TEMPORARY_CLOSURE', 1, 'art. 174a Gemeentewet', 'ADMINISTRATIVE', false);

create table case_file (
    id                 uuid primary key,
    region_id          uuid        not null references region (id),
    reference          text        not null unique,
    title              text        not null,
    focus              text        not null,
    exploitation_forms text[]      not null default '{}',
    flags              text[]      not null default '{}',
    escalation_level   text        not null,
    legal_basis        text        not null,
    status             text        not null,
    outcome            text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);

-- The signals a case took in; a signal belongs to at most one case.
create table case_signal (
    case_id   uuid        not null references case_file (id),
    signal_id uuid        not null unique references signal (id),
    added_at  timestamptz not null,
    added_by  uuid        not null,
    primary key (case_id, signal_id)
);

-- Participants: an organisation and a person, a role, scopes, a legal basis and a period. The lead is the
-- participant with role LEAD; a case has exactly one current lead.
create table case_participant (
    id              uuid primary key,
    case_id         uuid    not null references case_file (id),
    organisation_id uuid    not null references organisation (id),
    person_id       uuid references app_user (id),
    role            text    not null,
    scopes          text[]  not null,
    legal_basis     text    not null,
    starts_on       date    not null,
    ends_on         date
);

create unique index case_participant_one_lead on case_participant (case_id) where role = 'LEAD' and ends_on is null;
create index case_participant_organisation_idx on case_participant (organisation_id, case_id);

-- A handover of the lead waits until the new lead accepts it.
create table case_handover (
    id              uuid primary key,
    case_id         uuid        not null references case_file (id),
    organisation_id uuid        not null references organisation (id),
    person_id       uuid        not null references app_user (id),
    proposed_by     uuid        not null,
    proposed_at     timestamptz not null,
    status          text        not null,
    decided_at      timestamptz
);

create unique index case_handover_one_open on case_handover (case_id) where status = 'PENDING';

create table case_intervention (
    id                        uuid primary key,
    case_id                   uuid        not null references case_file (id),
    type_code                 text        not null,
    type_version              int         not null,
    scope                     text        not null,
    status                    text        not null,
    executing_organisation_id uuid        not null references organisation (id),
    decision_maker            text        not null,
    decided_on                date,
    effective_on              date,
    ended_on                  date,
    grace_days                int,
    amount_cents              bigint,
    end_reason                text,
    objection_pending         boolean     not null default false,
    explanation               text,
    created_at                timestamptz not null,
    foreign key (type_code, type_version) references intervention_type (code, version)
);

create table case_milestone (
    id                    uuid primary key,
    case_id               uuid        not null references case_file (id),
    title                 text        not null,
    owner_organisation_id uuid        not null references organisation (id),
    owner_person_id       uuid references app_user (id),
    due_on                date        not null,
    status                text        not null,
    intervention_id       uuid references case_intervention (id),
    overdue_notified_at   timestamptz,
    created_at            timestamptz not null
);

create index case_milestone_due_idx on case_milestone (status, due_on) where overdue_notified_at is null;

-- The case log: append-only. Each entry has a kind and a scope; the text never reaches a log file.
create table case_log (
    id          uuid primary key,
    case_id     uuid        not null references case_file (id),
    occurred_at timestamptz not null,
    kind        text        not null,
    scope       text        not null,
    actor_id    uuid,
    code        text        not null,
    text        text,
    legal_basis text
);

create index case_log_case_idx on case_log (case_id, occurred_at);

create function case_log_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'case_log is append-only';
end
$$;

create trigger case_log_no_update_or_delete
    before update or delete on case_log
    for each row execute function case_log_refuse_change();

create trigger case_log_no_truncate
    before truncate on case_log
    for each statement execute function case_log_refuse_change();
