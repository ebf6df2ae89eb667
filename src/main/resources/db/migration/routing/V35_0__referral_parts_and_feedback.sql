-- Referrals partners can act on (issue 16 item 3, decision 0035).
-- 1. The parts kept by other modules (the weighing, the enrichment, the conversation with the reporter) are shared
--    only when the officer ticks them, and as they were when the referral was sent: one row per entry, captured at
--    sending. Never the reporter's identity. Gone with the referral (and so with the signal).
-- 2. Feedback may be given more than once: one row per feedback, with the organisation that gave it. The column
--    referral.feedback keeps the latest, for the API's existing field; completing is a status move of its own.

create table referral_part_entry (
    id          uuid primary key,
    referral_id uuid not null references referral (id) on delete cascade,
    part        text not null check (part in ('WEIGHING', 'ENRICHMENT', 'REPORTER_ANSWERS')),
    position    integer not null,
    kind        text not null,
    body        text not null,
    detail      text,
    occurred_at timestamptz,
    unique (referral_id, part, position)
);

create table referral_feedback (
    id              uuid primary key,
    referral_id     uuid not null references referral (id) on delete cascade,
    body            text not null,
    organisation_id uuid not null references organisation (id),
    actor_kind      text not null check (actor_kind in ('USER', 'API', 'SECURE_LINK', 'SYSTEM')),
    user_id         uuid references app_user (id),
    given_at        timestamptz not null
);

create index referral_feedback_referral_idx on referral_feedback (referral_id, given_at);

-- Feedback given before this version: one entry each, at its first FEEDBACK_GIVEN step.
insert into referral_feedback (id, referral_id, body, organisation_id, actor_kind, user_id, given_at)
select gen_random_uuid(), r.id, r.feedback, r.partner_organisation_id, coalesce(e.actor_kind, 'SYSTEM'), e.user_id,
       coalesce(e.occurred_at, r.updated_at)
from referral r
    left join lateral (select actor_kind, user_id, occurred_at from referral_event e
                       where e.referral_id = r.id and e.status = 'FEEDBACK_GIVEN'
                       order by occurred_at limit 1) e on true
where r.feedback is not null;
