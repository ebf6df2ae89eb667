-- The council report and the dashboard count a period's cases, signals taken in and interventions (issue 14,
-- monitoring at scale): by the moment they happened, so that a period reads its own rows and never the whole table.
create index case_file_region_created_idx on case_file (region_id, created_at);
create index case_signal_added_idx on case_signal (added_at, case_id);
create index case_intervention_created_idx on case_intervention (created_at, case_id);
