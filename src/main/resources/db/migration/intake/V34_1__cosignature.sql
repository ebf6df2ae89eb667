-- Manager co-signing (route step 1, decision 0034): whether an organisation asks for it, and each signal that waits.
create table intake_cosign_setting (
    organisation_id uuid primary key references organisation (id),
    required        boolean     not null,
    changed_by      uuid,
    changed_at      timestamptz not null
);

create table intake_cosignature (
    signal_id           uuid primary key references signal (id) on delete cascade,
    organisation_id     uuid        not null references organisation (id),
    reporter_account_id uuid        not null,
    state               text        not null,
    question            text,
    answer              text,
    decided_by          uuid,
    requested_at        timestamptz not null,
    updated_at          timestamptz not null
);

create index intake_cosignature_waiting on intake_cosignature (organisation_id, state);
