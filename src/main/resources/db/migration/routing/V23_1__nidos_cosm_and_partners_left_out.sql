-- Issue 13: an unaccompanied minor goes to Nidos (guardianship, protected shelter at the slightest indication), a
-- victim without legal residence to COSM (categorale opvang, with a B8 reflection period). Defaults for every region,
-- matched by the organisation's name as Belle and Pretty Human are.
insert into routing_rule (id, region_id, fact, target_type, target_department, target_name, created_at) values
    ('00000000-0000-0000-0000-000000000812', null, 'UNACCOMPANIED_MINOR', null, null, 'Nidos', now()),
    ('00000000-0000-0000-0000-000000000813', null, 'UNDOCUMENTED', null, null, 'COSM', now());

-- A partner a mandatory rule recommended that the officer did not send to, with the reason they recorded.
create table routing_partner_left_out (
    id                      uuid primary key,
    signal_id               uuid not null references signal (id) on delete cascade,
    partner_organisation_id uuid not null references organisation (id),
    fact                    text not null,
    reason                  text not null check (length(reason) between 1 and 2000),
    officer_id              uuid not null references app_user (id),
    recorded_at             timestamptz not null
);

create index routing_partner_left_out_signal_idx on routing_partner_left_out (signal_id);
