-- People who log in, and the roles they hold in their one organisation.
create table app_user (
    id                   uuid primary key,
    username             text not null unique check (username = lower(username)),
    display_name         text not null,
    email                text,
    organisation_id      uuid not null references organisation (id),
    password_hash        text not null,
    must_change_password boolean not null default false,
    active               boolean not null default true,
    failed_attempts      integer not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);

create index app_user_organisation_idx on app_user (organisation_id);

create table user_role (
    user_id uuid not null references app_user (id) on delete cascade,
    role    text not null check (role in ('REPORTER', 'MANAGER', 'DESIGNATED_OFFICER', 'CARE_COORDINATOR',
                                          'REPORTING_CENTRE', 'POLICE', 'LABOUR_INSPECTORATE', 'CHAIN_DIRECTOR',
                                          'CARE_PROVIDER', 'ANALYST', 'ADMIN')),
    primary key (user_id, role)
);
