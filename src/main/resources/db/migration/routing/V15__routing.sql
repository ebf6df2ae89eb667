-- Routing (doorzetten, route step 4-5): referrals of a signal to chain partners, with the legal basis for
-- sharing, exactly which parts are shared, when feedback is due, and the partner's answer.
-- Grants: V6 set default privileges for the application role (placeholder approle), so the tables and the
-- view created here are readable and writable by it without further grants.

create table referral (
    id                      uuid primary key,
    signal_id               uuid not null references signal (id) on delete cascade,
    region_id               uuid not null references region (id),
    sending_organisation_id uuid not null references organisation (id),
    partner_organisation_id uuid not null references organisation (id),
    status                  text not null check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS',
                                                            'FEEDBACK_GIVEN', 'CLOSED', 'REVOKED')),
    legal_basis             text not null check (legal_basis in ('WGS', 'WMO_2015', 'JEUGDWET', 'MELDCODE',
                                                                 'CONSENT', 'WPG', 'OTHER')),
    legal_basis_text        text,
    parts                   text[] not null check (cardinality(parts) > 0),
    note                    text,
    feedback_due            date not null,
    -- The moment the referral becomes overdue: the end of the feedback day.
    due_at                  timestamptz not null,
    reminder_sent_at        timestamptz,
    overdue_notified_at     timestamptz,
    decline_reason          text,
    feedback                text,
    -- After a decline by the labour inspectorate's opsporing: its toezicht, proposed to the officer.
    proposed_partner_id     uuid references organisation (id),
    created_by              uuid references app_user (id),
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    check (legal_basis <> 'OTHER' or coalesce(legal_basis_text, '') <> ''),
    check (sending_organisation_id <> partner_organisation_id)
);

-- At most one open referral per partner per signal.
create unique index referral_one_open_idx on referral (signal_id, partner_organisation_id)
    where status in ('SENT', 'ACCEPTED', 'IN_PROGRESS');
create index referral_partner_idx on referral (partner_organisation_id, status, due_at);
create index referral_signal_idx on referral (signal_id);
create index referral_open_due_idx on referral (due_at)
    where status in ('SENT', 'ACCEPTED', 'IN_PROGRESS') and overdue_notified_at is null;

-- Every status change, attributed: a user, a partner system's API token, or a secure link (no person known).
create table referral_event (
    id           uuid primary key,
    referral_id  uuid not null references referral (id) on delete cascade,
    status       text not null,
    actor_kind   text not null check (actor_kind in ('USER', 'API', 'SECURE_LINK', 'SYSTEM')),
    user_id      uuid references app_user (id),
    api_token_id uuid,
    occurred_at  timestamptz not null
);

create index referral_event_referral_idx on referral_event (referral_id, occurred_at);

-- Waiting times for monitoring (domain §11): from sending to the first acceptance or decline, and to feedback.
create view referral_waiting_time as
select r.id as referral_id, r.signal_id, r.region_id, r.sending_organisation_id, r.partner_organisation_id,
       sent.at as sent_at, answered.at as answered_at, fed.at as feedback_at,
       answered.at - sent.at as time_to_accept_or_decline,
       fed.at - sent.at as time_to_feedback
from referral r
    join lateral (select min(occurred_at) as at from referral_event e
                  where e.referral_id = r.id and e.status = 'SENT') sent on true
    left join lateral (select min(occurred_at) as at from referral_event e
                       where e.referral_id = r.id and e.status in ('ACCEPTED', 'DECLINED')) answered on true
    left join lateral (select min(occurred_at) as at from referral_event e
                       where e.referral_id = r.id and e.status = 'FEEDBACK_GIVEN') fed on true;

-- Administrator-managed rules: a fact of the signal recommends a partner. Rules without a region hold for
-- every region (the seeded defaults, domain §8). A target is a specific organisation, an organisation type
-- (with a department for the labour inspectorate), or — only for seeded defaults — a well-known
-- organisation's name, resolved within the region and ignored where no such organisation exists.
create table routing_rule (
    id                     uuid primary key,
    region_id              uuid references region (id),
    fact                   text not null,
    target_organisation_id uuid references organisation (id),
    target_type            text,
    target_department      text check (target_department in ('OPSPORING', 'TOEZICHT')),
    target_name            text,
    active                 boolean not null default true,
    created_at             timestamptz not null,
    check ((target_organisation_id is not null)::int + (target_type is not null)::int
           + (target_name is not null)::int = 1)
);

create index routing_rule_region_idx on routing_rule (region_id);

-- A region's administrator switches a default rule off for their region only.
create table routing_rule_disabled (
    rule_id     uuid not null references routing_rule (id) on delete cascade,
    region_id   uuid not null references region (id),
    disabled_at timestamptz not null,
    primary key (rule_id, region_id)
);

insert into routing_rule (id, region_id, fact, target_type, target_department, target_name, created_at) values
    ('00000000-0000-0000-0000-000000000801', null, 'ALWAYS', 'CARE_COORDINATION', null, null, now()),
    ('00000000-0000-0000-0000-000000000802', null, 'ACUTE', 'POLICE', null, null, now()),
    ('00000000-0000-0000-0000-000000000803', null, 'LABOUR', 'LABOUR_INSPECTORATE', 'OPSPORING', null, now()),
    ('00000000-0000-0000-0000-000000000804', null, 'MINOR', 'REPORTING_CENTRE', null, null, now()),
    ('00000000-0000-0000-0000-000000000805', null, 'CRIMINAL', 'POLICE', null, null, now()),
    ('00000000-0000-0000-0000-000000000806', null, 'LABOUR_MIGRANT_HOUSING', 'LABOUR_INSPECTORATE', 'TOEZICHT', null, now()),
    ('00000000-0000-0000-0000-000000000807', null, 'LABOUR_MIGRANT_HOUSING', 'POLICE', null, null, now()),
    ('00000000-0000-0000-0000-000000000808', null, 'MULTI_PROBLEM', 'CARE_COORDINATION', null, null, now()),
    ('00000000-0000-0000-0000-000000000809', null, 'SEXUAL_ADULT', null, null, 'Belle', now()),
    ('00000000-0000-0000-0000-000000000810', null, 'SEXUAL_MINOR', null, null, 'Pretty Human', now()),
    ('00000000-0000-0000-0000-000000000811', null, 'SEXUAL_MINOR', 'REPORTING_CENTRE', null, null, now());

-- Per partner: how many days it gets for feedback (without a row: 14, the police 7).
create table partner_setting (
    organisation_id uuid primary key references organisation (id),
    feedback_days   integer not null check (feedback_days between 1 and 365),
    updated_at      timestamptz not null
);

-- Single-use, expiring links for partners without an account. Only a SHA-256 of the token is kept.
create table referral_link (
    id          uuid primary key,
    referral_id uuid not null references referral (id) on delete cascade,
    token_hash  text not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null
);

-- Notices about a referral lead to it (partners) or to its signal (officers).
alter table notice add column referral_id uuid references referral (id) on delete cascade;
