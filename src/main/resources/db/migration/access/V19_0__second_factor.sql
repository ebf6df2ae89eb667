-- Second factor (issue 18): a TOTP secret per user, sealed (sealing module, context "totp:" + user id), the last
-- time step a code was accepted for (each code works once), the date until which a user without a second factor
-- may still enrol at login (grace), and ten single-use recovery codes per user, stored only as Argon2id hashes.
-- Grants: V6 set default privileges for the application role.
alter table app_user add column totp_secret bytea;
alter table app_user add column totp_last_step bigint;
alter table app_user add column second_factor_enrol_by timestamptz;
-- When the present second factor was set up: shown to the user ("was u dit niet, …").
alter table app_user add column second_factor_enrolled_at timestamptz;

-- Existing users (none has a second factor yet) enrol at a login within seven days; after that only an
-- administrator's reset opens a new window (schakel.login.second-factor.grace). Decision 0016: residual risk.
update app_user set second_factor_enrol_by = now() + interval '7 days' where totp_secret is null;

create table recovery_code (
    id        uuid primary key,
    user_id   uuid not null references app_user (id) on delete cascade,
    code_hash text not null,
    used_at   timestamptz
);

create index recovery_code_user_idx on recovery_code (user_id) where used_at is null;
