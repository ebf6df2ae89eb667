-- The partner directory (sociale kaart, issue 13 item 8): per organisation (the labour inspectorate's opsporing
-- and toezicht are separate organisations) what it does, what to send it and its threshold, how and when to reach
-- it, its contact roles, covenants and the forms of exploitation x phases it works on. An administrator confirms
-- an entry; six months after the last confirmation it shows "niet geverifieerd" (computed, never stored).
-- Grants: V6 set default privileges for the application role.

create table directory_entry (
    organisation_id uuid primary key references organisation (id),
    region_id       uuid not null references region (id),
    regions_served  text not null,
    tasks           text not null,
    threshold       text not null,
    office_hours    text not null,
    phone           text,
    phone_24h       text,
    email           text,
    reached_by      text not null check (reached_by in ('ACCOUNT', 'SECURE_LINK')),
    -- How a member of the public reaches this organisation; null: not on the public page "Waar kan ik melden".
    public_advice   text,
    verified_at     timestamptz,
    verified_by     uuid references app_user (id),
    updated_at      timestamptz not null
);
create index directory_entry_region_idx on directory_entry (region_id);

-- A contact role (e.g. "TMM-coördinator") held by a named person with a deputy, for a period.
create table directory_contact (
    id              uuid primary key,
    organisation_id uuid not null references directory_entry (organisation_id) on delete cascade,
    role_name       text not null,
    person_name     text not null,
    deputy_name     text,
    phone           text,
    valid_from      date not null,
    valid_until     date,
    check (valid_until is null or valid_until >= valid_from)
);
create index directory_contact_organisation_idx on directory_contact (organisation_id);

create table directory_covenant (
    id              uuid primary key,
    organisation_id uuid not null references directory_entry (organisation_id) on delete cascade,
    name            text not null,
    legal_basis     text not null
);
create index directory_covenant_organisation_idx on directory_covenant (organisation_id);

-- "Wie doet wat": the organisation works on this form of exploitation (a catalogue code) in this phase.
create table directory_task (
    organisation_id   uuid not null references directory_entry (organisation_id) on delete cascade,
    exploitation_form text not null,
    phase             text not null check (phase in ('SIGNALLING', 'REPORTING', 'WEIGHING', 'ROUTING',
                                                     'SHELTER_CARE', 'INVESTIGATION_ENFORCEMENT')),
    primary key (organisation_id, exploitation_form, phase)
);
