-- The council report and the dashboard count a period's trajectories and B8 periods (issue 14, monitoring at
-- scale): by region and start, so that a period reads its own rows and never the whole table.
create index trajectory_region_created_idx on trajectory (region_id, created_at);
create index b8_period_start_idx on b8_period (start_date);
