-- Weekly aggregates (decision 0032, round 3): the daily aggregates summed per region, week and municipality, where
-- a week never crosses a month (it starts on a Monday or the first of a month and ends before the next of either),
-- so that a period's partial months read their whole weeks here and at most six days at each end from the daily
-- tables. Recomputed from the week's daily rows whenever a day of it is recomputed, in the same transaction, as
-- the monthly ones. No identifiers of persons.
create table monitoring_weekly_count (
    region_id       uuid not null,
    week            date not null,
    municipality_id uuid,
    figure          text not null,
    code            text not null,
    amount          bigint not null
);
create index monitoring_weekly_count_idx on monitoring_weekly_count (region_id, figure, week, municipality_id)
    include (code, amount);

create table monitoring_weekly_histogram (
    region_id       uuid not null,
    week            date not null,
    municipality_id uuid,
    figure          text not null,
    partner_id      uuid,
    hours           integer not null,
    amount          bigint not null
);
create index monitoring_weekly_histogram_idx on monitoring_weekly_histogram (region_id, figure, week,
    municipality_id) include (partner_id, hours, amount);

create table monitoring_weekly_partner (
    region_id       uuid not null,
    week            date not null,
    municipality_id uuid,
    partner_id      uuid not null,
    partner_type    text not null,
    due_at          timestamptz not null,
    referrals       bigint not null,
    with_feedback   bigint not null,
    on_time         bigint not null,
    late            bigint not null
);
create index monitoring_weekly_partner_idx on monitoring_weekly_partner (region_id, week, municipality_id);

alter table monitoring_weekly_count set (parallel_workers = 0);
alter table monitoring_weekly_histogram set (parallel_workers = 0);
alter table monitoring_weekly_partner set (parallel_workers = 0);

-- The weeks of what is already there (the same SQL as MonthlyAggregates' rebuild).
insert into monitoring_weekly_count (region_id, week, municipality_id, figure, code, amount)
select region_id, greatest(cast(date_trunc('week', day::timestamp) as date),
                           cast(date_trunc('month', day::timestamp) as date)),
       municipality_id, figure, code, sum(amount)
from monitoring_daily_count group by 1, 2, 3, 4, 5;

insert into monitoring_weekly_histogram (region_id, week, municipality_id, figure, partner_id, hours, amount)
select region_id, greatest(cast(date_trunc('week', day::timestamp) as date),
                           cast(date_trunc('month', day::timestamp) as date)),
       municipality_id, figure, partner_id, hours, sum(amount)
from monitoring_daily_histogram group by 1, 2, 3, 4, 5, 6;

insert into monitoring_weekly_partner (region_id, week, municipality_id, partner_id, partner_type, due_at, referrals,
    with_feedback, on_time, late)
select region_id, greatest(cast(date_trunc('week', day::timestamp) as date),
                           cast(date_trunc('month', day::timestamp) as date)),
       municipality_id, partner_id, partner_type, due_at, sum(referrals), sum(with_feedback), sum(on_time), sum(late)
from monitoring_daily_partner group by 1, 2, 3, 4, 5, 6;
