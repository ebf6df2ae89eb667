-- One data key per owner (signal, trajectory, ...), wrapped by the master keyset. Destroying a key clears
-- `wrapped` and keeps the row, so the key is never created again for that owner (decision 0029).
create table sealing_data_key (
    owner        uuid primary key,
    wrapped      bytea,
    created_at   timestamptz not null default now(),
    destroyed_at timestamptz,
    constraint sealing_data_key_destroyed check ((wrapped is null) = (destroyed_at is not null))
);
