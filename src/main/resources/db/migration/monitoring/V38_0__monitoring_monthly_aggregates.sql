-- Monthly aggregates (decision 0032, round 2): the daily aggregates summed per region, month (Dutch time, the
-- first day of the month) and municipality, so that a period reads its whole months here and only its partial
-- months' days from the daily tables: a year costs 12 × codes rows. Recomputed from the month's daily rows
-- whenever a day of it is recomputed, in the same transaction. No identifiers of persons.
create table monitoring_monthly_count (
    region_id       uuid not null,
    month           date not null,
    municipality_id uuid,
    figure          text not null,
    code            text not null,
    amount          bigint not null
);
create index monitoring_monthly_count_idx on monitoring_monthly_count (region_id, figure, month, municipality_id);

create table monitoring_monthly_histogram (
    region_id       uuid not null,
    month           date not null,
    municipality_id uuid,
    figure          text not null,
    partner_id      uuid,
    hours           integer not null,
    amount          bigint not null
);
create index monitoring_monthly_histogram_idx on monitoring_monthly_histogram (region_id, figure, month,
    municipality_id);

create table monitoring_monthly_partner (
    region_id       uuid not null,
    month           date not null,
    municipality_id uuid,
    partner_id      uuid not null,
    partner_type    text not null,
    due_at          timestamptz not null,
    referrals       bigint not null,
    with_feedback   bigint not null,
    on_time         bigint not null,
    late            bigint not null
);
create index monitoring_monthly_partner_idx on monitoring_monthly_partner (region_id, month, municipality_id);

-- The daily tables with the municipality in the index, so that a municipality's partial months need no filter.
create index monitoring_daily_count_municipality_idx on monitoring_daily_count (region_id, figure, municipality_id, day);
create index monitoring_daily_histogram_municipality_idx on monitoring_daily_histogram (region_id, figure,
    municipality_id, day);
create index monitoring_daily_partner_municipality_idx on monitoring_daily_partner (region_id, municipality_id, day);
