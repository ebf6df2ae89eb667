-- Regions and the organisations (tenants) within them.
create table region (
    id         uuid primary key,
    code       text not null unique,
    name       text not null
);

create table organisation (
    id          uuid primary key,
    region_id   uuid not null references region (id),
    name        text not null,
    type        text not null check (type in ('MUNICIPALITY', 'CARE_COORDINATION', 'REPORTING_CENTRE', 'POLICE',
                                              'LABOUR_INSPECTORATE', 'CHAIN_DIRECTOR', 'CARE_PROVIDER', 'OTHER_PARTNER')),
    -- Only the labour inspectorate has departments, and then exactly one per organisation record.
    department  text check (department in ('OPSPORING', 'TOEZICHT')),
    active      boolean not null default true,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint organisation_name_unique unique (region_id, name),
    constraint organisation_department_only_for_inspectorate
        check ((type = 'LABOUR_INSPECTORATE') = (department is not null))
);

create index organisation_region_idx on organisation (region_id, name);
