-- Issue 11: the m- and u-probabilities fitted by EM on a region's registry (command stacking-refit), one row per
-- refit, versioned per region. The matcher scores with the newest version of its region, with the reasoned
-- defaults (stacking.MatchWeights.DEFAULTS) for every level a version does not hold, and while none exists.
create table match_weights (
    region_id       uuid not null references region (id),
    version         integer not null,
    fitted_at       timestamptz not null,
    registry_size   integer not null,
    candidate_pairs integer not null,
    random_pairs    integer not null,
    -- reason code -> [m, u]
    levels          jsonb not null,
    primary key (region_id, version)
);
