-- Daily aggregates of monitoring's facts (decision 0032): per region, day (Dutch time) and municipality, the
-- counts the dashboard and the council report sum, so that a period costs days × codes rows whatever the number
-- of signals. Kept by the same listeners in the same transaction as the facts: a change recomputes the whole
-- (region, day) key from that day's facts, so a replayed event leaves the same rows. No identifiers of persons.

-- A signal's day is the day it was received; counts per figure and code.
create table monitoring_daily_count (
    region_id       uuid not null,
    day             date not null,
    municipality_id uuid,
    figure          text not null,
    code            text not null,
    amount          bigint not null
);
create index monitoring_daily_count_idx on monitoring_daily_count (region_id, figure, day);

-- Waiting times as histograms in whole hours: TRIAGE and ROUTING by the signal's day, ANSWER and FEEDBACK
-- by the referral's day of sending and its partner.
create table monitoring_daily_histogram (
    region_id       uuid not null,
    day             date not null,
    municipality_id uuid,
    figure          text not null,
    partner_id      uuid,
    hours           integer not null,
    amount          bigint not null
);
create index monitoring_daily_histogram_idx on monitoring_daily_histogram (region_id, figure, day);

-- Referrals (neither revoked nor declined) by the day they were sent, partner and due moment: the due moment
-- stays a column because "overdue" depends on the moment of asking.
create table monitoring_daily_partner (
    region_id       uuid not null,
    day             date not null,
    municipality_id uuid,
    partner_id      uuid not null,
    partner_type    text not null,
    due_at          timestamptz not null,
    referrals       bigint not null,
    with_feedback   bigint not null,
    on_time         bigint not null,
    late            bigint not null
);
create index monitoring_daily_partner_idx on monitoring_daily_partner (region_id, day);

-- To find a day's referrals when recomputing it.
create index monitoring_referral_fact_sent_idx on monitoring_referral_fact (sent_at);
