-- Care offer, shelter capacity and placements (issue 13, decision 0024).

create table care_service (
    id                          uuid primary key,
    region_id                   uuid not null,
    provider_organisation_id    uuid not null,
    name                        text not null,
    kind                        text not null,
    forms                       text[] not null default '{}',
    sexes                       text[] not null default '{}',
    min_age                     integer not null check (min_age >= 0),
    max_age                     integer not null check (max_age >= min_age),
    target                      text not null,
    accepts_undocumented        boolean not null,
    accepts_unaccompanied_minors boolean not null,
    areas                       text[] not null default '{}',
    contra_indications          text[] not null default '{}',
    contra_with_support         text[] not null default '{}',
    languages                   text[] not null default '{}',
    intake_route                text not null,
    payer                       text not null,
    waiting_days                integer not null default 0 check (waiting_days >= 0),
    verified_on                 date,
    updated_at                  timestamptz not null,
    unique (provider_organisation_id, name)
);
create index care_service_region_idx on care_service (region_id);

-- The shelter's address, sealed (Tink, context "shelter-address:<service id>"); read only for a placement made.
create table shelter_address (
    service_id  uuid primary key references care_service (id) on delete cascade,
    sealed      bytea not null
);

-- The current figures per service; every change is also appended to capacity_history.
create table capacity (
    service_id  uuid primary key references care_service (id) on delete cascade,
    unit        text not null,
    total       integer not null check (total >= 0),
    funded      integer not null check (funded >= 0),
    available   integer not null check (available >= 0),
    reserved    integer not null check (reserved >= 0),
    waitlist    integer not null check (waitlist >= 0),
    status      text not null,
    updated_by  uuid,
    updated_at  timestamptz not null,
    reminded_at timestamptz
);

create table capacity_history (
    id          bigserial primary key,
    service_id  uuid not null references care_service (id) on delete cascade,
    unit        text not null,
    total       integer not null,
    funded      integer not null,
    available   integer not null,
    reserved    integer not null,
    waitlist    integer not null,
    status      text not null,
    cause       text not null,
    recorded_by uuid,
    recorded_at timestamptz not null
);
create index capacity_history_service_idx on capacity_history (service_id, recorded_at);

create function capacity_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'capacity_history is append-only';
end $$;
create trigger capacity_history_append_only before update or delete on capacity_history
    for each row execute function capacity_history_append_only();

-- A search that found nothing suitable: the profile only, never who it was for, and the day only.
create table unmet_need (
    id                   bigserial primary key,
    region_id            uuid not null,
    age                  integer not null,
    sex                  text not null,
    form                 text not null,
    area                 text not null,
    residence_status     text not null,
    unaccompanied_minor  boolean not null,
    contra_indications   text[] not null default '{}',
    searched_on          date not null
);
create index unmet_need_region_idx on unmet_need (region_id);

create table placement_request (
    id                          uuid primary key,
    region_id                   uuid not null,
    service_id                  uuid not null references care_service (id),
    provider_organisation_id    uuid not null,
    requesting_organisation_id  uuid not null,
    requested_by                uuid not null,
    status                      text not null,
    decline_reason              text,
    trajectory_ref              uuid,
    subject_id                  uuid,
    subject_role                text,
    co_location_warning         boolean not null default false,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null
);
create index placement_request_provider_idx on placement_request (provider_organisation_id, status);
create index placement_request_requester_idx on placement_request (requesting_organisation_id, status);
create index placement_request_trajectory_idx on placement_request (trajectory_ref);

create table placement_event (
    id          bigserial primary key,
    request_id  uuid not null references placement_request (id),
    status      text not null,
    actor_id    uuid,
    at          timestamptz not null
);
