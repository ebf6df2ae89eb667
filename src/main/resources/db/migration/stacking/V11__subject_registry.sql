-- The subject registry: everyone and everything signals mention, resolved to one subject each, so that
-- signals about the same person, address, organisation, phone number, online identity or vehicle stack up.
create table subject (
    id         uuid primary key,
    region_id  uuid not null references region (id),
    kind       text not null check (kind in ('PERSON', 'ADDRESS', 'ORGANISATION', 'PHONE', 'ONLINE', 'VEHICLE')),
    -- The exact identity key for all kinds but persons (E.164 number, postcode + house number, KvK number, …).
    identity   text,
    label      text not null,
    created_at timestamptz not null,
    constraint subject_identity_unique unique (region_id, kind, identity)
);

-- A person as first described, kept to compare later mentions with.
create table subject_person (
    subject_id    uuid primary key references subject (id) on delete cascade,
    name          text,
    sex           text,
    age           integer,
    date_of_birth date,
    nationality   text,
    observed_on   date not null
);

-- Candidate-retrieval keys of persons (phonetic surname + birth-year bucket, …).
create table subject_block (
    block_key  text not null,
    subject_id uuid not null references subject (id) on delete cascade,
    primary key (block_key, subject_id)
);

-- Which signal mentions which subject, and how the link was made (with the matcher's explanation).
create table subject_mention (
    signal_id  uuid not null references signal (id) on delete cascade,
    subject_id uuid not null references subject (id) on delete cascade,
    outcome    text not null check (outcome in ('EXACT', 'LINKED', 'NEW')),
    score      double precision,
    evidence   jsonb,
    primary key (signal_id, subject_id)
);

create index subject_mention_subject_idx on subject_mention (subject_id);

-- Pairs the matcher was unsure about, for the designated officer to confirm or reject.
create table subject_proposal (
    id          uuid primary key,
    subject_id  uuid not null references subject (id) on delete cascade,
    candidate_id uuid not null references subject (id) on delete cascade,
    signal_id   uuid not null references signal (id) on delete cascade,
    score       double precision not null,
    evidence    jsonb not null,
    status      text not null default 'OPEN' check (status in ('OPEN', 'CONFIRMED', 'REJECTED')),
    created_at  timestamptz not null,
    unique (subject_id, candidate_id)
);
