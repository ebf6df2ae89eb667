-- The monthly count and histogram indexes cover what the queries read, as the daily and weekly ones do (decision
-- 0032, round 3): EXPLAIN (ANALYZE, BUFFERS) at 10^5 signals showed five months of one histogram figure read as a
-- bitmap heap scan over 1,229 pages for 5,600 rows; with the summed columns in the index they are index-only scans.
drop index monitoring_monthly_count_idx;
create index monitoring_monthly_count_idx on monitoring_monthly_count (region_id, figure, month, municipality_id)
    include (code, amount);
drop index monitoring_monthly_histogram_idx;
create index monitoring_monthly_histogram_idx on monitoring_monthly_histogram (region_id, figure, month,
    municipality_id) include (partner_id, hours, amount);
