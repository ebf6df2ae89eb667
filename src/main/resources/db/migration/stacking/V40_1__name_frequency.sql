-- Issue 11: how many persons of a region carry each surname (key) and first given name, counted by the refit
-- (command stacking-refit) for the weights version it stores, so that an agreeing common name counts less than a
-- rare one (term frequencies). Only the newest version's counts are kept.
create table name_frequency (
    region_id uuid not null references region (id),
    version   integer not null,
    kind      text not null,
    value     text not null,
    persons   integer not null,
    primary key (region_id, version, kind, value)
);
