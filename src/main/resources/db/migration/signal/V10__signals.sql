-- Signals of human trafficking as received (domain §5), their subjects, indicators and the conversation
-- with the reporter. The reporter's identity is kept apart, sealed.
create sequence signal_reference_seq;

create table signal (
    id                       uuid primary key,
    reference                text not null unique,
    region_id                uuid not null references region (id),
    municipality_id          uuid references organisation (id),
    receiving_organisation_id uuid not null references organisation (id),
    channel                  text not null,
    reporter_type            text not null,
    status                   text not null,
    description              text not null,
    observed_when            text,
    location_address         text,
    catalogue_version        integer not null,
    other_indicators         text,
    vulnerabilities          text[] not null default '{}',
    danger_to_reporter       boolean not null default false,
    danger_to_victim         boolean not null default false,
    do_not_inform            boolean not null default false,
    acute                    boolean not null default false,
    smuggling                boolean not null default false,
    discussed_with_manager   boolean not null default false,
    manager_user_id          uuid references app_user (id),
    anonymous                boolean not null,
    received_at              timestamptz not null,
    updated_at               timestamptz not null
);

create index signal_receiving_idx on signal (receiving_organisation_id, status, received_at desc);

-- Everyone and everything mentioned: persons, addresses, organisations, phone numbers, online identities, vehicles.
create table signal_subject (
    id        uuid primary key,
    signal_id uuid not null references signal (id) on delete cascade,
    kind      text not null check (kind in ('PERSON', 'ADDRESS', 'ORGANISATION', 'PHONE', 'ONLINE', 'VEHICLE')),
    position  integer not null,
    data      jsonb not null
);

create index signal_subject_signal_idx on signal_subject (signal_id, kind, position);

create table signal_indicator (
    signal_id uuid not null references signal (id) on delete cascade,
    code      text not null,
    primary key (signal_id, code)
);

create table signal_exploitation_form (
    signal_id uuid not null references signal (id) on delete cascade,
    code      text not null,
    primary key (signal_id, code)
);

-- How the reporter follows up. Anonymous reporters: a receipt code, stored only as hashes (a fast hash of
-- its first part to find the row, and a slow Argon2id hash of the whole code to check it).
-- Logged-in reporters: their account.
create table signal_follow_up (
    signal_id           uuid primary key references signal (id) on delete cascade,
    receipt_selector    text unique,
    receipt_hash        text,
    reporter_account_id uuid references app_user (id),
    check ((receipt_selector is not null and receipt_hash is not null) or reporter_account_id is not null)
);

create index signal_follow_up_account_idx on signal_follow_up (reporter_account_id);

-- The reporter's name and contact details, sealed (AES-256-GCM) and readable only by the receiving officer.
create table reporter_identity (
    signal_id uuid primary key references signal (id) on delete cascade,
    sealed    bytea not null
);

-- Each time the receiving officer revealed the reporter, with the reason they gave.
create table reporter_reveal (
    id          uuid primary key,
    signal_id   uuid not null references signal (id) on delete cascade,
    user_id     uuid not null references app_user (id),
    reason      text not null,
    revealed_at timestamptz not null
);

-- The conversation between the designated officer and the reporter.
create table signal_message (
    id             uuid primary key,
    signal_id      uuid not null references signal (id) on delete cascade,
    direction      text not null check (direction in ('TO_REPORTER', 'FROM_REPORTER')),
    author_user_id uuid references app_user (id),
    body           text not null,
    sent_at        timestamptz not null
);

create index signal_message_signal_idx on signal_message (signal_id, sent_at);

-- Every state change, attributed and timestamped.
create table signal_event (
    id         uuid primary key,
    signal_id  uuid not null references signal (id) on delete cascade,
    status     text not null,
    user_id    uuid references app_user (id),
    occurred_at timestamptz not null
);

create index signal_event_signal_idx on signal_event (signal_id, occurred_at);

-- In-app notices to users (the e-mail, when configured, only carries a link).
create table notice (
    id           uuid primary key,
    recipient_id uuid not null references app_user (id),
    kind         text not null,
    signal_id    uuid references signal (id) on delete cascade,
    created_at   timestamptz not null,
    read_at      timestamptz
);

create index notice_recipient_idx on notice (recipient_id, read_at, created_at desc);
