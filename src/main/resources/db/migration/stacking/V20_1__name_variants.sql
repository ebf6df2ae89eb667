-- Issue 11: given-name variants are data. The groups come from the versioned file stacking/name-variants.csv,
-- which retrieval and scoring read; every version the application has run with is kept here, so that a link can
-- be explained later with the variants of its time (stacking.registry.NameVariantVersions writes it at start).
create table name_variant (
    version    integer not null,
    group_key  text not null,
    name       text not null,
    primary key (version, name)
);
