-- Meetings (issue 12): series with a cadence (an RFC 5545 RRULE), their meetings, agenda items with one decision
-- each, and the actions that carry over to the next meeting until done. Codes and ids; free text only in titles of
-- themes and trend packs and in action descriptions, shown to members through need-to-know.

create table meeting_series (
    id                    uuid primary key,
    type                  text not null,
    owner_organisation_id uuid not null references organisation (id),
    starts_on             date not null,
    rrule                 text not null,
    content_rule          text not null check (content_rule in ('CASES_AND_SIGNALS', 'TRENDS_ONLY')),
    created_at            timestamptz not null
);

-- Members: an organisation (user_id null) or a person of an organisation.
create table meeting_series_member (
    id              uuid primary key,
    series_id       uuid not null references meeting_series (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    user_id         uuid references app_user (id),
    unique nulls not distinct (series_id, organisation_id, user_id)
);
create index meeting_series_member_organisation_idx on meeting_series_member (organisation_id);

create table meeting (
    id                uuid primary key,
    series_id         uuid not null references meeting_series (id) on delete cascade,
    held_on           date not null,
    status            text not null check (status in ('PLANNED', 'AGENDA_PUBLISHED', 'HELD', 'MINUTES_APPROVED', 'CANCELLED')),
    status_changed_at timestamptz not null,
    unique (series_id, held_on)
);

create table meeting_attendance (
    meeting_id      uuid not null references meeting (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    present         boolean not null,
    recorded_by     uuid not null references app_user (id),
    recorded_at     timestamptz not null,
    primary key (meeting_id, organisation_id)
);

create table agenda_item (
    id                       uuid primary key,
    meeting_id               uuid not null references meeting (id) on delete cascade,
    position                 integer not null,
    kind                     text not null check (kind in ('SIGNAL', 'CASE', 'TREND_PACK', 'THEME', 'ACTION_LIST')),
    signal_id                uuid,
    case_id                  uuid,
    title                    text,
    added_by                 uuid not null references app_user (id),
    added_at                 timestamptz not null,
    decision                 text check (decision in ('ROUTE', 'OPEN_CASE', 'ESCALATE_DISTRICT', 'ESCALATE_RIEC',
                                                     'PROPOSE_INTERVENTION', 'NO_ACTION')),
    decision_partner_id      uuid references organisation (id),
    decided_by               uuid references app_user (id),
    decided_at               timestamptz,
    check ((kind = 'SIGNAL') = (signal_id is not null)),
    check ((kind = 'CASE') = (case_id is not null)),
    unique (meeting_id, signal_id),
    unique (meeting_id, case_id)
);
create index agenda_item_meeting_idx on agenda_item (meeting_id, position);
create index agenda_item_signal_idx on agenda_item (signal_id);

create table meeting_action (
    id                    uuid primary key,
    meeting_id            uuid not null references meeting (id) on delete cascade,
    agenda_item_id        uuid references agenda_item (id) on delete cascade,
    description           text not null,
    owner_organisation_id uuid not null references organisation (id),
    owner_user_id         uuid references app_user (id),
    due_on                date not null,
    done_at               timestamptz,
    done_by               uuid references app_user (id),
    created_by            uuid not null references app_user (id),
    created_at            timestamptz not null
);
create index meeting_action_owner_idx on meeting_action (owner_user_id, done_at);
create index meeting_action_organisation_idx on meeting_action (owner_organisation_id, done_at);
