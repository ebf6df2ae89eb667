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

-- The daily tables' indexes cover what the queries read (index-only scans: a partial month's rows of one figure
-- lie scattered over the heap, one page each), with the municipality for a municipality's scope.
drop index monitoring_daily_count_idx;
create index monitoring_daily_count_idx on monitoring_daily_count (region_id, figure, day, municipality_id)
    include (code, amount);
drop index monitoring_daily_histogram_idx;
create index monitoring_daily_histogram_idx on monitoring_daily_histogram (region_id, figure, day, municipality_id)
    include (partner_id, hours, amount);
create index monitoring_daily_partner_municipality_idx on monitoring_daily_partner (region_id, municipality_id, day);

-- A page's reads are small (at most tens of thousands of index entries per query): starting parallel workers costs
-- more than it saves (seen with EXPLAIN ANALYZE at 10^6 signals: 13 ms of Gather for 0.5 ms of work).
alter table monitoring_daily_count set (parallel_workers = 0);
alter table monitoring_daily_histogram set (parallel_workers = 0);
alter table monitoring_daily_partner set (parallel_workers = 0);
alter table monitoring_monthly_count set (parallel_workers = 0);
alter table monitoring_monthly_histogram set (parallel_workers = 0);
alter table monitoring_monthly_partner set (parallel_workers = 0);
